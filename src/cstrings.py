"""cstrings.py: what the table generators (mkcountries.py, mkregions.py,
mkworld.py) write alike: C string literals, and arrays of strings that
tables refer to by offset."""


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class StringArray:
    """Strings in one C array, a NUL after each, named by their offsets.

    A table of offsets needs no relocation when a position-independent
    twin starts; a table of pointers needs one for each pointer.  Offset 0
    is the empty string, which the tables use for none.
    """

    def __init__(self):
        self.strings = [""]
        self.offsets = {"": 0}
        self.size = 1

    def offset(self, s):
        """The offset of s (added once), or 0 for None."""
        if s is None:
            return 0
        if s not in self.offsets:
            self.offsets[s] = self.size
            self.strings.append(s)
            self.size += len(s.encode("utf-8")) + 1
        return self.offsets[s]

    def write(self, out, name):
        """The C definition of the array, named name."""
        out.write("const char %s[] =\n" % name)
        for s in self.strings:
            out.write('\t%s "\\0"\n' % c_string(s))
        out.write("\t;\n\n")
