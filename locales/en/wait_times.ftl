wait-times-title = Border wait times
