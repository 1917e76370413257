"""Reading-room services: statistics, reading lists, citations, batches of articles."""
