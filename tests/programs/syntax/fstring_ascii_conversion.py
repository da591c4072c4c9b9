f"{'unicode text'!a}"
