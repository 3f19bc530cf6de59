"""Translation checks: each check is a small pure function registered in ``registry.CHECKS``."""
