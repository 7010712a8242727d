# The seed facts, on the built-in registry.

# Turku's twin cities in the order of their years, and the Tianjin agreement.
$ twin partners Turku
Turku	FI	Aarhus	DK	1946	active	twin
Turku	FI	Bergen	NO	1946	active	twin
Turku	FI	Gothenburg	SE	1946	active	twin
Turku	FI	Saint Petersburg	RU	1953	suspended	twin
Turku	FI	Gdańsk	PL	1958	active	twin
Turku	FI	Rostock	DE	1959	active	twin
Turku	FI	Constanța	RO	1963	active	twin
Turku	FI	Varna	BG	1963	active	twin
Turku	FI	Cologne	DE	1967	active	twin
Turku	FI	Szeged	HU	1971	active	twin
Turku	FI	Bratislava	SK	1976	active	twin
Turku	FI	Florence	IT	1992	active	twin
Turku	FI	Tartu	EE	2008	active	twin
Turku	FI	Kharkiv	UA	2022	active	twin
Turku	FI	Tianjin	CN		active	cooperation

$ twin partners --kind twin --status active Turku | wc -l
13

$ twin decade 1940s
Turku	FI	Aarhus	DK	1946	active	twin
Turku	FI	Bergen	NO	1946	active	twin
Turku	FI	Gothenburg	SE	1946	active	twin

$ twin suspended
Turku	FI	Saint Petersburg	RU	1953	suspended	twin
