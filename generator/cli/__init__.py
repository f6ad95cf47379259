"""The `trygg` command: parse arguments (in Swedish), call a stage, map the outcome.

Takes in the command line; gives out the report (text, JSON, SARIF, GitLab Code Quality
or GitHub workflow commands) and an exit code: 0 clean, 1 problems, 2 usage errors.
Imports each stage only when its command runs, so `trygg check` never loads MkDocs.
"""
