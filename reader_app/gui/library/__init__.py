"""The library tab: the tree, its model, bookmarks and the import dialog."""
