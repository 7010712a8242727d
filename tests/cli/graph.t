# twin graph: the links as a graph file for network tools.  Every format
# is read back by networkx in tests/measures/check.py; these fix the text.

# DOT by default: suspended links dashed, ended ones dotted (with -s all).
$ twin -f fixtures/small.csv graph -s all Delta
graph twin {
	node [shape=box, style=rounded];
	c3 [label="Delta\nDE"];
	c1 [label="Beta\nSE"];
	c4 [label="Epsilon\nTR"];
	c1 -- c3;
	c3 -- c4 [label="2001", style=dotted];
}

# GraphML: attributes declared once, values left out where there are none
# (Delta and Beta's link has no year), markup in a name escaped.
$ twin -f fixtures/small.csv graph -o graphml Delta
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="node_name" for="node" attr.name="name" attr.type="string"/>
  <key id="node_country" for="node" attr.name="country" attr.type="string"/>
  <key id="node_region" for="node" attr.name="region" attr.type="string"/>
  <key id="node_degree" for="node" attr.name="degree" attr.type="long"/>
  <key id="node_lat" for="node" attr.name="lat" attr.type="double"/>
  <key id="node_lon" for="node" attr.name="lon" attr.type="double"/>
  <key id="edge_year" for="edge" attr.name="year" attr.type="long"/>
  <key id="edge_ended" for="edge" attr.name="ended" attr.type="long"/>
  <key id="edge_status" for="edge" attr.name="status" attr.type="string"/>
  <key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="edge_statements" for="edge" attr.name="statements" attr.type="long"/>
  <graph id="twin" edgedefault="undirected">
    <node id="Delta (DE)">
      <data key="node_name">Delta</data>
      <data key="node_country">DE</data>
      <data key="node_degree">1</data>
    </node>
    <node id="Beta (SE)">
      <data key="node_name">Beta</data>
      <data key="node_country">SE</data>
      <data key="node_degree">1</data>
    </node>
    <edge source="Beta (SE)" target="Delta (DE)">
      <data key="edge_status">active</data>
      <data key="edge_kind">partner</data>
      <data key="edge_statements">1</data>
    </edge>
  </graph>
</graphml>

$ twin -f fixtures/small.csv graph -o graphml Omega
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="node_name" for="node" attr.name="name" attr.type="string"/>
  <key id="node_country" for="node" attr.name="country" attr.type="string"/>
  <key id="node_region" for="node" attr.name="region" attr.type="string"/>
  <key id="node_degree" for="node" attr.name="degree" attr.type="long"/>
  <key id="node_lat" for="node" attr.name="lat" attr.type="double"/>
  <key id="node_lon" for="node" attr.name="lon" attr.type="double"/>
  <key id="edge_year" for="edge" attr.name="year" attr.type="long"/>
  <key id="edge_ended" for="edge" attr.name="ended" attr.type="long"/>
  <key id="edge_status" for="edge" attr.name="status" attr.type="string"/>
  <key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="edge_statements" for="edge" attr.name="statements" attr.type="long"/>
  <graph id="twin" edgedefault="undirected">
    <node id="Omega (FR)">
      <data key="node_name">Omega</data>
      <data key="node_country">FR</data>
      <data key="node_degree">2</data>
    </node>
    <node id="Back\slash &quot;Q&quot; (FR)">
      <data key="node_name">Back\slash &quot;Q&quot;</data>
      <data key="node_country">FR</data>
      <data key="node_degree">1</data>
    </node>
    <node id="Springfield (US)">
      <data key="node_name">Springfield</data>
      <data key="node_country">US</data>
      <data key="node_degree">1</data>
    </node>
    <edge source="Omega (FR)" target="Back\slash &quot;Q&quot; (FR)">
      <data key="edge_year">1999</data>
      <data key="edge_status">active</data>
      <data key="edge_kind">twin</data>
      <data key="edge_statements">1</data>
    </edge>
    <edge source="Springfield (US)" target="Omega (FR)">
      <data key="edge_year">1961</data>
      <data key="edge_status">active</data>
      <data key="edge_kind">cooperation</data>
      <data key="edge_statements">1</data>
    </edge>
  </graph>
</graphml>

# GEXF for Gephi, with the same attributes.
$ twin -f fixtures/small.csv graph -o gexf Epsilon
<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <meta>
    <creator>twin</creator>
    <description>cities linked by twinning links</description>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node">
      <attribute id="0" title="name" type="string"/>
      <attribute id="1" title="country" type="string"/>
      <attribute id="2" title="region" type="string"/>
      <attribute id="3" title="degree" type="long"/>
      <attribute id="4" title="lat" type="double"/>
      <attribute id="5" title="lon" type="double"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="year" type="long"/>
      <attribute id="1" title="ended" type="long"/>
      <attribute id="2" title="status" type="string"/>
      <attribute id="3" title="kind" type="string"/>
      <attribute id="4" title="statements" type="long"/>
    </attributes>
    <nodes>
      <node id="Epsilon (TR)" label="Epsilon">
        <attvalues>
          <attvalue for="0" value="Epsilon"/>
          <attvalue for="1" value="TR"/>
          <attvalue for="3" value="2"/>
        </attvalues>
      </node>
      <node id="Gamma (DE)" label="Gamma">
        <attvalues>
          <attvalue for="0" value="Gamma"/>
          <attvalue for="1" value="DE"/>
          <attvalue for="3" value="1"/>
        </attvalues>
      </node>
      <node id="Zeta Town (TR)" label="Zeta Town">
        <attvalues>
          <attvalue for="0" value="Zeta Town"/>
          <attvalue for="1" value="TR"/>
          <attvalue for="3" value="1"/>
        </attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="Gamma (DE)" target="Epsilon (TR)">
        <attvalues>
          <attvalue for="0" value="1988"/>
          <attvalue for="2" value="active"/>
          <attvalue for="3" value="friendship"/>
          <attvalue for="4" value="1"/>
        </attvalues>
      </edge>
      <edge id="1" source="Epsilon (TR)" target="Zeta Town (TR)">
        <attvalues>
          <attvalue for="0" value="2015"/>
          <attvalue for="2" value="active"/>
          <attvalue for="3" value="twin"/>
          <attvalue for="4" value="1"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>

# node-link JSON, as networkx's node_link_graph reads it.
$ twin -f fixtures/small.csv graph -o json -s all Delta
{
  "directed": false,
  "multigraph": false,
  "graph": {"name": "twin"},
  "nodes": [
    {"id": "Delta (DE)", "name": "Delta", "country": "DE", "degree": 2},
    {"id": "Beta (SE)", "name": "Beta", "country": "SE", "degree": 1},
    {"id": "Epsilon (TR)", "name": "Epsilon", "country": "TR", "degree": 1}
  ],
  "links": [
    {"source": "Beta (SE)", "target": "Delta (DE)", "status": "active", "kind": "partner", "statements": 1},
    {"source": "Delta (DE)", "target": "Epsilon (TR)", "year": 2001, "status": "ended", "kind": "twin", "statements": 1}
  ],
  "edges": [
    {"source": "Beta (SE)", "target": "Delta (DE)", "status": "active", "kind": "partner", "statements": 1},
    {"source": "Delta (DE)", "target": "Epsilon (TR)", "year": 2001, "status": "ended", "kind": "twin", "statements": 1}
  ]
}

# A plain edge list: two names a line, homonyms told apart as twin names
# them, ready for read_edgelist and igraph.
$ twin -f fixtures/small.csv graph -o edges
Alpha (FI)	Beta (SE)
Alpha (FI)	Gamma (DE)
Beta (SE)	Gamma (DE)
Beta (SE)	Delta (DE)
Gamma (DE)	Epsilon (TR)
Epsilon (TR)	Zeta Town (TR)
Omega (FR)	Back\slash "Q" (FR)
Springfield (US)	Omega (FR)
Springfield (CA)	Alpha (FI)

$ twin -f fixtures/regions.csv graph -o edges 'Portland (US, Oregon)'
Portland (US, Oregon)	Sapporo (JP)
Portland (US, Oregon)	Guadalajara (MX)

# A city's region is an attribute where it has one.
$ twin -f fixtures/regions.csv graph -o json 'Portland (US, Oregon)' --depth 0
{
  "directed": false,
  "multigraph": false,
  "graph": {"name": "twin"},
  "nodes": [
    {"id": "Portland (US, Oregon)", "name": "Portland", "country": "US", "region": "Oregon", "degree": 0}
  ],
  "links": [],
  "edges": []
}

# Where a places file gives them, a city's coordinates.
$ twin -f fixtures/geo.csv -f fixtures/geo-places.csv graph -o json Suva
{
  "directed": false,
  "multigraph": false,
  "graph": {"name": "twin"},
  "nodes": [
    {"id": "Suva (FJ)", "name": "Suva", "country": "FJ", "degree": 1, "lat": -18.1416, "lon": 178.4419},
    {"id": "Apia (WS)", "name": "Apia", "country": "WS", "degree": 1, "lat": -13.8333, "lon": -171.7667}
  ],
  "links": [
    {"source": "Suva (FJ)", "target": "Apia (WS)", "year": 2001, "status": "active", "kind": "twin", "statements": 1}
  ],
  "edges": [
    {"source": "Suva (FJ)", "target": "Apia (WS)", "year": 2001, "status": "active", "kind": "twin", "statements": 1}
  ]
}

# Countries as nodes, the links between their cities as weights; links
# within a country are a node's domestic_links, not an edge.
$ twin -f fixtures/small.csv graph --countries
graph twin {
	node [shape=ellipse];
	CA [label="CA\nCanada"];
	DE [label="DE\nGermany"];
	FI [label="FI\nFinland"];
	FR [label="FR\nFrance"];
	SE [label="SE\nSweden"];
	TR [label="TR\nTürkiye"];
	US [label="US\nUnited States"];
	CA -- FI [label="1", weight=1];
	DE -- FI [label="1", weight=1];
	DE -- SE [label="2", weight=2];
	DE -- TR [label="1", weight=1];
	FI -- SE [label="1", weight=1];
	FR -- US [label="1", weight=1];
}

$ twin -f fixtures/small.csv graph --countries -o edges -s all
CA	FI	1
DE	FI	1
DE	SE	2
DE	TR	2
FI	SE	1
FR	US	1

$ twin -f fixtures/small.csv graph --countries -o json
{
  "directed": false,
  "multigraph": false,
  "graph": {"name": "countries"},
  "nodes": [
    {"id": "CA", "name": "Canada", "cities": 1, "links": 1, "domestic_links": 0, "degree": 1},
    {"id": "DE", "name": "Germany", "cities": 2, "links": 4, "domestic_links": 0, "degree": 3},
    {"id": "FI", "name": "Finland", "cities": 1, "links": 3, "domestic_links": 0, "degree": 3},
    {"id": "FR", "name": "France", "cities": 2, "links": 2, "domestic_links": 1, "degree": 1},
    {"id": "SE", "name": "Sweden", "cities": 1, "links": 3, "domestic_links": 0, "degree": 2},
    {"id": "TR", "name": "Türkiye", "cities": 2, "links": 2, "domestic_links": 1, "degree": 1},
    {"id": "US", "name": "United States", "cities": 1, "links": 1, "domestic_links": 0, "degree": 1}
  ],
  "links": [
    {"source": "CA", "target": "FI", "weight": 1},
    {"source": "DE", "target": "FI", "weight": 1},
    {"source": "DE", "target": "SE", "weight": 2},
    {"source": "DE", "target": "TR", "weight": 1},
    {"source": "FI", "target": "SE", "weight": 1},
    {"source": "FR", "target": "US", "weight": 1}
  ],
  "edges": [
    {"source": "CA", "target": "FI", "weight": 1},
    {"source": "DE", "target": "FI", "weight": 1},
    {"source": "DE", "target": "SE", "weight": 2},
    {"source": "DE", "target": "TR", "weight": 1},
    {"source": "FI", "target": "SE", "weight": 1},
    {"source": "FR", "target": "US", "weight": 1}
  ]
}

$ twin -f fixtures/small.csv graph --countries -o graphml -c TR
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="node_name" for="node" attr.name="name" attr.type="string"/>
  <key id="node_cities" for="node" attr.name="cities" attr.type="long"/>
  <key id="node_links" for="node" attr.name="links" attr.type="long"/>
  <key id="node_domestic_links" for="node" attr.name="domestic_links" attr.type="long"/>
  <key id="node_degree" for="node" attr.name="degree" attr.type="long"/>
  <key id="edge_weight" for="edge" attr.name="weight" attr.type="long"/>
  <graph id="countries" edgedefault="undirected">
    <node id="DE">
      <data key="node_name">Germany</data>
      <data key="node_cities">1</data>
      <data key="node_links">1</data>
      <data key="node_domestic_links">0</data>
      <data key="node_degree">1</data>
    </node>
    <node id="TR">
      <data key="node_name">Türkiye</data>
      <data key="node_cities">2</data>
      <data key="node_links">2</data>
      <data key="node_domestic_links">1</data>
      <data key="node_degree">1</data>
    </node>
    <edge source="DE" target="TR">
      <data key="edge_weight">1</data>
    </edge>
  </graph>
</graphml>

# --countries draws every country, so a city is a mistake.
$ twin -f fixtures/small.csv graph --countries Alpha
! twin: graph: --countries draws every country: expected no city
! usage: twin graph [-c country] [-f file] [-k kind] [-o format] [-s status]
!            [--countries | --depth n city | city]
? 2

# No link passes: an empty graph, and exit status 1.
$ twin -f fixtures/small.csv graph -o edges -k cooperation -c DE
? 1
