"""The trygghetsplan page, in the order of the law: survey, analysis, measures, follow-up."""
