# An inventory system: parse records, aggregate, report with formatting.
RAW = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,140,0.35
B201,Bread,food,8,2.10
C300,Novel,books,5,14.99
C301,Atlas,books,2,45.00
A102,Hammer,tools,7,18.75
B202,Cheese,food,0,6.40
"""
lines = RAW.strip().split('\n')
header = lines[0].split(',')
records = []
for line in lines[1:]:
    fields = line.split(',')
    rec = dict(zip(header, fields))
    rec['qty'] = int(rec['qty'])
    rec['price'] = float(rec['price'])
    records.append(rec)
print(header)
print(records[0])
by_cat = {}
for r in records:
    cat = by_cat.setdefault(r['category'], {'items': 0, 'units': 0, 'value': 0.0})
    cat['items'] += 1
    cat['units'] += r['qty']
    cat['value'] += r['qty'] * r['price']
print('%-8s %5s %6s %10s' % ('category', 'items', 'units', 'value'))
for cat in sorted(by_cat):
    c = by_cat[cat]
    print('%-8s %5d %6d %10.2f' % (cat, c['items'], c['units'], c['value']))
out_of_stock = []
for r in records:
    if r['qty'] == 0:
        out_of_stock.append(r['name'])
print('out of stock:', ', '.join(out_of_stock))
ranked = sorted(records, key=lambda r: (-r['qty'] * r['price'], r['sku']))
for r in ranked:
    print(f"{r['sku']:<5} {r['name']:<8} {r['qty']:>4} x {r['price']:>6.2f} = {r['qty'] * r['price']:>8.2f}")
total = 0.0
for r in records:
    total += r['qty'] * r['price']
print(f'total inventory value: {total:,.2f}')
restock = {}
for r in records:
    if r['qty'] < 10:
        restock[r['sku']] = 10 - r['qty']
print(restock)
cheapest = min(records, key=lambda r: r['price'])
priciest = max(records, key=lambda r: r['price'])
print(cheapest['name'], priciest['name'])
