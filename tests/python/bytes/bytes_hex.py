# bytes.hex (with separators), bytes.fromhex, int.to_bytes/from_bytes and hex round trips.
data = b'\x00\x01\xab\xff hi'
print(data.hex(), b''.hex(), b'\x0f'.hex())
print(data.hex(':'), data.hex('-', 2), b'abcdef'.hex(' ', -2))
print(bytes.fromhex(data.hex()) == data, bytes.fromhex('FF 00 aB'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (255).to_bytes(1, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'', 'big'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
print(int.from_bytes(bytes.fromhex('deadbeef'), 'big'), hex(int.from_bytes(b'\x12\x34', 'big')))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
checksum = 0
for byte in b'checksum me':
    checksum = (checksum * 31 + byte) % 65521
print(checksum, checksum.to_bytes(2, 'big').hex())
print(''.join('%02x' % b for b in b'\x01\x10\xff'), ' '.join(format(b, '08b') for b in b'AB'))
