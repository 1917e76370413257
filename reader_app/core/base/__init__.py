"""The core's ground floor: data model, errors, messages, atomic writes, locks, file headers, file names."""
