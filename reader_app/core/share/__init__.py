"""The reading-room share: publishing, following, the local mirror, the share's lock."""
