# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Rules of each day's draw
policies-intro = The agency running this service decides the rules: when requests are taken, how places are allocated and from where people may ask. Each set of rules applies from a day on; this is the full record.
policies-caption = Rules and the day from which each applied
policies-from = From the draw of
policies-name = Name
policies-rules = Rules
policies-digest = Digest (SHA-256)
policies-in-force = in force
policies-used-from = First used by the draw of
policies-text = Full text
policies-admin-title = Policies
policies-admin-intro = Schedule new rules from a day on. A day whose draw has run keeps its rules. Nothing is saved if the text has a problem.
policies-not-saved = Nothing was saved; the rules in force stay.
policies-schedule = Schedule these rules
policies-date-required = Write the first day the rules apply to.
policies-rule-weighted = weighted draw (days waited count)
policies-rule-oldest-share-then-random = a share to the oldest registrations, the rest at random
policies-carry-over = requests carry over
policies-no-carry-over = ask again every day
policies-region-latitude = north of latitude { $latitude }°
policies-region-states = included states: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = U.S. destination address
policies-us-address-hint = Where the group will go in the United States: one address for everyone in the group, as the rules in force require.
field-us-state = State
field-us-zip = ZIP code (5 digits)
field-us-street = Street and number
# The region of the rules in force, as rules and a map.
policies-region-title = Where you may ask from
policies-region-included = These whole states: { $states }
policies-region-north-of = Anywhere at or north of latitude { $latitude }° N
policies-region-excluded = Except these states: { $states }
policies-region-exception-holder = A group whose holder is a citizen of { $countries } may ask from anywhere in Mexico
policies-region-exception-all = A group whose members are all citizens of { $countries } may ask from anywhere in Mexico
policies-region-map-label = Map of Mexico: the states where you may ask are filled; the line is the latitude limit. The list says the same in words.
policies-region-map-caption = Filled: eligible. Lightly filled: eligible north of the line.
# Confirming under rules that check the location again.
policies-recheck-title = Confirm from where you are
policies-recheck-intro = The rules in force check again that you are in the region before you confirm. Share your location once, or type your town.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = the text cannot be read: { $detail }
policies-problem-window-order = the request window closes before it opens
policies-problem-window-too-long = the request window is longer than 24 hours
policies-problem-allocation-before-close = the draw runs before the request window closes
policies-problem-out-of-range = it must be between { $lowest } and { $highest }
policies-problem-unknown-state = { $value } is not a known state code (write a code such as MX.BN)
policies-problem-unknown-country = { $value } is not a known country code (write a code such as MX)
policies-problem-empty-region = no place is in the region
policies-problem-invalid-id = { $value } is not a valid name (lowercase letters, digits and hyphens)
policies-problem-repeated = { $value } is listed twice
