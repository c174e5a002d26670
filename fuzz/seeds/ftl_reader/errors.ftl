seg-1 = a
seg-1 = b
-term = t
bad = 
    .a = only
## group


# detached

x = {"\uZZZZ"}
y = { "unterminated
