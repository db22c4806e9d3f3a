"""One module per kind of question; each returns candidate answers (data), the pipeline picks one."""
