x = 'abc\x4'
