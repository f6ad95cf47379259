"""A school site's pages besides the plan and the student version: start, rutiner,
årshjul, the school's own pages and the tillgänglighetsredogörelse."""
