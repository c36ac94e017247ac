import TovholderApp
print("tovholder")
