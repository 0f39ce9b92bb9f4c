namespace java org.units

enum Unit { METRE, SECOND }
