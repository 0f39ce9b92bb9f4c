namespace java clash
enum E { A }
