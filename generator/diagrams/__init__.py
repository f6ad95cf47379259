"""Diagrams: hand-drawn inline SVG, each with an HTML text alternative; the årshjul as .ics.

Takes in parts of the model (a flow, the konsekvenstrappa, an årshjul); gives out SVG,
its text alternative and figures for pages. Pure functions: no MkDocs, no network, no
JavaScript. Layouts are frozen dataclasses (`layout_*`) so tests check geometry.
"""
