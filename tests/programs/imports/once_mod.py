print("once_mod body runs")
calls = []
