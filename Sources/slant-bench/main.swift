print("slant-bench")
