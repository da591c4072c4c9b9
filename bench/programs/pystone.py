# pystone: a Dhrystone-style integer/record/string workload written in an
# object-oriented Python style: records linked by references, enumeration
# constants, small procedures, a global 2-D array and string comparisons.
# Prints the final state of the globals as a checksum.
import sys

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, string_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp,
                      self.string_comp)


class Machine:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1_glob = "\0"
        self.char2_glob = "\0"
        self.array1 = [0] * 51
        self.array2 = [x[:] for x in [self.array1] * 51]
        self.ptr_glb = None
        self.ptr_glb_next = None

    def run(self, loops):
        self.ptr_glb_next = Record()
        self.ptr_glb = Record(self.ptr_glb_next, IDENT_1, IDENT_3, 40,
                              "DHRYSTONE PROGRAM, SOME STRING")
        string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
        self.array2[8][7] = 10
        int1 = int2 = int3 = 0
        enum_loc = IDENT_1
        for _ in range(loops):
            self.proc5()
            self.proc4()
            int1 = 2
            int2 = 3
            string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
            enum_loc = IDENT_2
            self.bool_glob = not self.func2(string1, string2)
            while int1 < int2:
                int3 = 5 * int1 - int2
                int3 = self.proc7(int1, int2)
                int1 += 1
            self.proc8(self.array1, self.array2, int1, int3)
            self.ptr_glb = self.proc1(self.ptr_glb)
            char_index = "A"
            while char_index <= self.char2_glob:
                if enum_loc == self.func1(char_index, "C"):
                    enum_loc = self.proc6(IDENT_1)
                char_index = chr(ord(char_index) + 1)
            int3 = int2 * int1
            int2 = int3 // int1
            int2 = 7 * (int3 - int2) - int1
            int1 = self.proc2(int1)
        return int1, int2, int3, enum_loc

    def proc1(self, ptr_par):
        next_record = ptr_par.ptr_comp = self.ptr_glb.copy()
        ptr_par.int_comp = 5
        next_record.int_comp = ptr_par.int_comp
        next_record.ptr_comp = ptr_par.ptr_comp
        next_record.ptr_comp = self.proc3(next_record.ptr_comp)
        if next_record.discr == IDENT_1:
            next_record.int_comp = 6
            next_record.enum_comp = self.proc6(ptr_par.enum_comp)
            next_record.ptr_comp = self.ptr_glb.ptr_comp
            next_record.int_comp = self.proc7(next_record.int_comp, 10)
        else:
            ptr_par = next_record.copy()
        next_record.ptr_comp = None
        return ptr_par

    def proc2(self, int_par):
        int_loc = int_par + 10
        enum_loc = 0
        while True:
            if self.char1_glob == "A":
                int_loc -= 1
                int_par = int_loc - self.int_glob
                enum_loc = IDENT_1
            if enum_loc == IDENT_1:
                break
        return int_par

    def proc3(self, ptr_par):
        if self.ptr_glb is not None:
            ptr_par = self.ptr_glb.ptr_comp
        else:
            self.int_glob = 100
        self.ptr_glb.int_comp = self.proc7(10, self.int_glob)
        return ptr_par

    def proc4(self):
        bool_loc = self.char1_glob == "A"
        self.bool_glob = bool_loc or self.bool_glob
        self.char2_glob = "B"

    def proc5(self):
        self.char1_glob = "A"
        self.bool_glob = False

    def proc6(self, enum_par):
        enum_loc = enum_par
        if not self.func3(enum_par):
            enum_loc = IDENT_4
        if enum_par == IDENT_1:
            enum_loc = IDENT_1
        elif enum_par == IDENT_2:
            enum_loc = IDENT_1 if self.int_glob > 100 else IDENT_4
        elif enum_par == IDENT_3:
            enum_loc = IDENT_2
        elif enum_par == IDENT_5:
            enum_loc = IDENT_3
        return enum_loc

    def proc7(self, int1, int2):
        return int2 + int1 + 2

    def proc8(self, array1, array2, int1, int2):
        int_loc = int1 + 5
        array1[int_loc] = int2
        array1[int_loc + 1] = array1[int_loc]
        array1[int_loc + 30] = int_loc
        for int_index in range(int_loc, int_loc + 2):
            array2[int_loc][int_index] = int_loc
        array2[int_loc][int_loc - 1] += 1
        array2[int_loc + 20][int_loc] = array1[int_loc]
        self.int_glob = 5

    def func1(self, char1, char2):
        if char1 != char2:
            return IDENT_1
        return IDENT_2

    def func2(self, str1, str2):
        int_loc = 1
        char_loc = "\0"
        while int_loc <= 1:
            if self.func1(str1[int_loc], str2[int_loc + 1]) == IDENT_1:
                char_loc = "A"
                int_loc += 1
        if "W" <= char_loc <= "Z":
            int_loc = 7
        if char_loc == "X":
            return True
        if str1 > str2:
            int_loc += 7
            return True
        return False

    def func3(self, enum_par):
        return enum_par == IDENT_3


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
m = Machine()
int1, int2, int3, enum_loc = m.run(loops)
print("locals:", int1, int2, int3, enum_loc)
print("globals:", m.int_glob, m.bool_glob, m.char1_glob, m.char2_glob)
print("arrays:", m.array1[8], m.array2[8][7], sum(m.array1), sum(sum(r) for r in m.array2))
print("record:", m.ptr_glb.int_comp, m.ptr_glb.enum_comp, m.ptr_glb.string_comp)
