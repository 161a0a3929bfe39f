print('a BOM is not part of the program')
