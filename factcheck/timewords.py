"""Names of months and weekdays, which several stages read: extraction keeps dates apart from
counts, tracking reads when a figure holds and keeps them out of place names, the rules keep
them out of people's names."""

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
