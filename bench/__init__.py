"""Benchmarks of optimove-client against the physical floor and the PyPI package `optimove` (issue 7).

`make bench` (or `python -m bench.run`) runs everything in one process tree; see bench/README.md.
"""
