"""actorgraph: news about armed conflicts -> a knowledge graph of actors and relations."""

__version__ = "0.1.0"
