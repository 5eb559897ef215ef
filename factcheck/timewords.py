"""Names of months and weekdays, which several stages read: extraction keeps dates apart from
counts, tracking reads when a figure holds and keeps them out of place names, the rules keep
them out of people's names."""

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Months as news agencies shorten them before a day ("Sept. 26", "Jan 9").
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
