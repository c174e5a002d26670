### nb-NO: how-to-assign-a-license-to-a-user

# A comment
seg-p101 =
    Velg {"{"}Lisenser{"}"}
    {"["}Tildel](#tildel){" "}

seg-102 = Hello { $name }, { -term } { msg.attr } { NUMBER(3) }
    .attr = x

seg-103 =
    { $n ->
        [one] one
       *[other] many
    }
seg-104 = {"\u000D"}{"\U01F600"}{"\\"}{"\""}
