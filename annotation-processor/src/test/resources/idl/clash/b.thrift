namespace java clash
enum E { B }
