__all__ = ["exported", "_also"]
exported = 1
_also = 2
not_listed = 3
