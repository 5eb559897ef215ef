"""Nouns for people, in the groups tracking reads them by.

One module holds them so that a newcomer sees the lists side by side; they
differ on purpose:

* ``PEOPLE_NOUNS``: people a rescue, a toll or an arrest counts (``events``);
* ``ANY_PERSON``: words for anyone, which one toll may use in turn ('twelve
  riders were injured' / 'seventeen people were hurt'); a group within the
  people (children, women, soldiers) is not among them and stays its own count;
* ``TOLL_PEOPLE``: those, and people named by their work or home ('nine workers',
  'villagers'), whom a toll may call its people in turn;
* ``WORKING_PEOPLE``: people who work somewhere or whom it employs, who are
  its staff (``keys.subject_class``);
* ``RESIDENTS``: people who live in a place, all of whom are its population;
* ``WRONGDOERS``: words outlets use in turn for the unnamed doers of one crime
  or attack (``ties``);
* ``TITLE_SEX``: the titles copy sets before a surname, with the sex each tells
  (``facts``, and the time checks' reading of people).
"""

#: Nouns of people that a rescue, a toll or an arrest counts (a small list: 'pulled 300 products
#: from shelves' is no rescue).
PEOPLE_NOUNS = {
    "people", "person", "survivor", "miner", "passenger", "crew", "child", "worker", "resident", "climber",
    "hiker", "swimmer", "fisherman", "sailor", "hostage", "pupil", "student", "tourist", "villager", "man",
    "woman", "boy", "girl", "adult", "patient", "member", "victim", "employee", "walker", "skier", "diver",
    "migrant", "refugee", "civilian", "soldier", "officer", "firefighter", "protester", "demonstrator",
    "fan", "supporter", "spectator", "visitor", "guest", "driver", "motorist", "cyclist", "pedestrian",
    "athlete", "competitor", "runner", "entrant", "racer", "triathlete",
}

#: Tolls whose people are counted whatever the copy calls them: the words for anyone.
ANY_PERSON = {"people", "person", "rider", "passenger", "victim", "visitor", "guest", "tourist", "individual",
              "suspect", "man", "kidnapper", "attacker", "gunman", "assailant", "raider", "protester",
              "demonstrator", "resident", "occupant", "survivor",
              # the people at a gathering, named by why they came ('the 450 worshippers evacuated')
              "worshipper", "churchgoer", "pilgrim", "supporter", "fan", "spectator", "onlooker", "bystander",
              "attendee", "concertgoer", "festivalgoer", "reveller", "partygoer", "shopper", "commuter",
              "holidaymaker", "beachgoer", "marcher", "picketer", "activist", "campaigner"}

#: People a toll names by the work they do or where they live, who are often all of its people
#: ('nine workers were killed' / 'the toll rose to 11'; 'arrested 34 tea workers' / '22 workers
#: were detained'). Children, women, soldiers and officers are not among them: they are a group
#: within the people, and stay their own count.
TOLL_PEOPLE = ANY_PERSON | {"worker", "miner", "crewman", "villager", "fisherman", "driver", "labourer", "laborer",
                            "islander", "inhabitant", "farmer", "picker", "musician", "hand", "staff", "player",
                            "patient",  # ('41 patients were hospitalised' / 'the number of people admitted')
                            "walker", "hiker", "climber", "rambler", "trekker"}  # (the people a search counts)
#: Every noun for people, whether or not a toll counts them: one set, built once.
PEOPLE_WORDS = frozenset(PEOPLE_NOUNS | TOLL_PEOPLE)

#: Capitalised words that start no name: sentence openers, determiners, pronouns and short function
#: words, in lower case ('The Hartigan family', 'the 40-metre bridge In ...', 'Said Hartigan').
NOT_NAME_WORDS = frozenset({
    "the", "a", "an", "this", "that", "his", "her", "their", "it", "he", "she", "they", "who", "which",
    "and", "but", "or", "as", "when", "while", "after", "before", "under", "in", "on", "at", "of", "for", "to",
    "from", "with", "by", "is", "was", "has", "had", "will", "said", "says"})

#: People who work somewhere or whom it employs are its staff.
WORKING_PEOPLE = {"people", "person", "worker", "employee"}

#: People who live in a place: all of them are its population ("all 640 residents of Hebblethorpe").
RESIDENTS = {"resident", "inhabitant", "villager", "islander", "townspeople", "citizen", "householder"}

#: Words outlets use in turn for the unnamed doers of one crime or attack ('hackers', 'criminals').
#: Other common nouns name different doers ('the bank employs 21,400' / 'the contact centre employs 1,400').
WRONGDOERS = {"hacker", "criminal", "attacker", "thief", "robber", "burglar", "raider", "gang", "gunman",
              "fraudster", "scammer", "militant", "insurgent", "terrorist", "assailant", "intruder", "kidnapper",
              "captor", "smuggler", "trafficker", "looter", "vandal", "arsonist", "suspect", "offender", "culprit"}


#: Titles copy sets before a surname, and the sex each tells ('he', 'she', or '' for none).
TITLE_SEX = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Dr": "", "Prof": "", "Professor": "", "Sir": "he",
             "Dame": "she", "Lord": "he", "Lady": "she", "Judge": "", "Rev": ""}
