"""Benchmarks of the build and the checker on synthetic multilingual corpora."""
