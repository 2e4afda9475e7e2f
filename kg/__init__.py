"""kg: a knowledge graph of sanctions violations, built from news articles into Neo4j."""

__version__ = "0.1.0"
