"""The recordsmith client side: the httpx SDK and the `recordsmith` command line."""
