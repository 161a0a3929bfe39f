a = f'''
  header {x}
  {y!r:>{w}}
'''
b = f"""{
  x
}"""
