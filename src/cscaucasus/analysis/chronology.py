"""Analysis: chronology. (Filled in by its issue.)"""

__all__: list[str] = []
