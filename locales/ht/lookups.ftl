# The officer's lookup of a person by name and date of birth (port console).
lookup-link = Chèche yon moun ak non li ak dat nesans li
lookup-title = Chèche yon moun ak non li ak dat nesans li
lookup-intro = Pou yon moun ki vini san pas la. Se sèlman randevou jodi a nan pò sa a yo chèche, epi se sèlman lè tout non yo (nan nenpòt lòd; aksan, lèt majiskil ak tirè pa konte) ak dat nesans la koresponn egzakteman yo jwenn yon moun. Chak rechèch anrejistre ak non ou.
lookup-full-name = Non konplè
lookup-full-name-hint = Tout non ki sou dokiman an, nan nenpòt lòd.
lookup-submit = Chèche
lookup-results = Randevou yo jwenn
lookup-none = Pa gen randevou jodi a nan pò sa a pou non sa a ak dat nesans sa a.
lookup-capped = Gen plis moun ki gen non sa a ak dat nesans sa a pase sa ki parèt la: verifye dokiman an ak foto a.
lookup-back = Retounen nan lis jodi a
