"""The one error of the evaluation: the corpus, its labels or a checker run is unusable."""

from __future__ import annotations


class EvalError(Exception):
    """A problem that stops ``make eval``: printed as one line per problem, exit code 2."""

    exit_code = 2

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)
