Y = "deeper leaf"
