# An uncaught user exception: the last stderr line is "InventoryError: message".
class InventoryError(Exception):
    pass


class Inventory:
    def __init__(self):
        self.stock = {'apple': 3, 'pear': 1}

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if have < n:
            raise InventoryError('only %d %s left, wanted %d' % (have, item, n))
        self.stock[item] = have - n
        return self.stock[item]

inv = Inventory()
print(inv.take('apple', 2))
print(inv.take('pear', 1))
print(inv.take('apple', 5))
