namespace java com.example.levels

enum Level { LOW, HIGH }
