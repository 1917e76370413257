"""Reading-room services: reading lists, statistics, following the share."""
