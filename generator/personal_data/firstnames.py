"""First names of children in Sweden (the common ones of the last twenty years), read as
a pupil's name wherever they stand: beside a class in a text (`rules.names`), in a
sentence about an incident (`rules.incidentpersons`), and in an e-mail address's name
before @ (`personal_data.classed`).

Where they come from: names from SCB's yearly lists of the most common given names of
newborns, girls' and boys' (the top 100 of the years 2008–2022: the pupils of today's
schools; written down from those lists as published, not read from a copy of SCB's
tables), and the names common in families with roots in the countries most of Sweden's
pupils born abroad, or with parents born abroad, come from. Well-known given names only;
spellings as Swedish registers have them ("Ayse", "Yigit"). Left out are names that are
ordinary Swedish words more often than names in a school's text: months ("Maj", "Juni"),
pronouns ("Mina", "Sina", "Era", "Ena"), verbs ("Tala"), nouns ("Dag", "Sten", "Sol",
"Ask", "Rim", "Lin", "Lava", "Ladan"), "Tor" (a weekday in a schedule), "Bo", "Knut",
two-letter names ("Lo", "My") and English words ("Can", "Said").
"""

from __future__ import annotations

from generator.text import words

FIRST_NAMES = (
    # The most common names of pupils born in the 2000s and 2010s
    words(
        """
        Adam Agnes Ahmed Aisha Albin Alexander Alfred Ali Alice Alma Alva Amina Amir Anna Anton
        Arvid Astrid Axel Benjamin Casper Charlie Clara David Daniel Ebba Edith Edvin Elias Elin
        Ella Ellen Elliot Elsa Elvin Emil Emma Erik Ester Eva Fatima Felix Filip Frans Freja Gustav
        Hampus Hanna Harry Hassan Hedda Hugo Ibrahim Ida Ines Ingrid Iris Isabelle Isak Jack Jacob
        Johan Jonas Julia Kalle Karin Karl Leah Leo Liam Lilly Lina Linnea Linus Lisa Love Lova
        Lucas Ludvig Maja Majken Malte Maria Maryam Matilda Max Melvin Mia Mila Milo Moa
        Mohammed Molly Muhammad Nellie Nils Noah Noor Nora Nour Olivia Olle Omar Oscar Otto Ronja
        Saga Sam Samuel Sara Selma Signe Simon Siri Sixten Sofia Stella Thea Theo Tilde Tyra Vera
        Viktor Vincent Wilhelm William Wilma Wilmer Yusuf Zeynep
        Abdi Adrian Alicia Aron Bella Cornelia Dante Elis Elsie Emir Esther Frida Gabriel
        Hilda Hussein Idun Isabella Ivar Jonathan Josef Julian Kevin Khalid Leon Levi Lukas
        Lykke Mohamed Nathalie Nelly Noel Nova Oliver Ossian Rasmus Sebastian Sigrid Tage Tim
        Tindra Ture Valter Vidar Ville Wille Zara Zoe Zoë
        Alvin Amanda Aurora Bruno Colin Ebbe Eddie Elise Elton Elvira Emilia Enzo Felicia Folke
        Greta Henry Hjalmar Kian Lea Leia Livia Loke Lovisa Matteo Meja Melker Minna Nicolas
        Ottilia Sigge Theodor Tilda Tove Tuva Victor Viggo Vilgot Vilma Vilmer Walter Wiktor Wilda
        """
    )
    # Names from SCB's most common given names of newborns, girls' and boys' (the top
    # 100 of the years 2008–2022), that the names above leave out
    | words(
        """
        Alex Alexandra Alfons Algot Alvar Alve Amelia Andrea Angelina August Ava Bill Billie Bonnie
        Carl Celine Chloe Cleo Dennis Elena Elina Ellie Ellinor Emanuel Embla Emelie Emily Emmy
        Engla Eric Evelina Fabian Fanny Filippa Gabriella Gunnar Gustaf Hannah Hannes Harald Hedvig
        Hilma Isa Isac Jakob Jasmine Jesper Joel Johanna Johannes Jolina Joline Jonatan Jonna
        Josefin Josefine Julie Julius Kajsa Kasper Klara Leona Lilja Lily Linn Linnéa Liv Lovis
        Lucy Luna Malcolm Malva Manne Marcus Markus Mathilda Maximilian Melina Melissa Michelle
        Mikaela Millie Milton Mio Mira Miranda Mollie Märta Måns Natalie Neo Nicole Noa Novalie
        Olof Oskar Othilia Penny Pontus Rebecka Robin Ruben Rut Sally Sanna Sienna Smilla Sofie
        Sonja Stina Svante Svea Tea Thilda Thor Tilly Timo Tobias Tova Vanessa Vanja Vega Vendela
        Victoria Vide Viktoria Vilhelm Vilja Wera Ylva
        """
    )
    # Names common in families with roots in Somalia
    | words(
        """
        Abdikarim Abdirahim Abdirahman Abdulkadir Abdullahi Amran Ayaan Ayan Ayub Deeqa Fartun
        Filsan Guled Hafsa Hamdi Hamse Hanad Hawa Hibo Hodan Idil Ifrah Ikram Ikran Ilhan Ismail
        Khadar Liban Mahad Mohamud Muna Naima Najma Nasra Nimo Osman Sabrin Sagal Sahra Samira
        Siham Sumaya Ubah Yasin Yusra Zamzam
        """
    )
    # In families with roots in Syria, Iraq, Lebanon and Palestine, Arabic and Kurdish
    | words(
        """
        Abdullah Abdulrahman Ahmad Amira Anas Aram Avin Aya Ayman Azad Baran Bashar Batoul Berivan
        Dana Dara Dilan Farah Ghazal Hadi Hala Hamid Hamza Haya Helin Hiba Idris Ilias Ilyas Iman
        Jamal Jana Jannah Joud Karim Lamar Layla Leen Leila Leyla Lujain Mahmoud Majd Malak Malik
        Maram Mariam Masa Mayar Mohamad Mohammad Mohannad Muhammed Mustafa Nada Nadia Noura Rahaf
        Rama Rami Rana Rania Ranim Rawan Rayan Rebin Reem Rojin Saja Salim Salma Samer Sami Sana
        Shahd Shilan Sidra Suleiman Taha Tasnim Walid Yamen Yara Yasmin Yasmine Yassin Yazan Yousef
        Yousif Youssef Zahra Zaid Zain Zainab Zakaria Zeinab
        """
    )
    # In families with roots in Afghanistan and Iran
    | words(
        """
        Amin Arash Arian Arman Armin Artin Arvin Aryan Bahar Daria Darya Donya Elham Farhad Farid
        Farzana Habib Hasti Helia Hossein Jawad Khalil Kimia Mahdi Mahsa Mehdi Mujtaba Mursal
        Murtaza Navid Nazanin Omid Parisa Parsa Rahim Reza Roya Sahar Sajad Samir Setayesh Shabnam
        Shirin Soraya Yalda Yasna Zakia Zohra
        """
    )
    # In families with roots in Eritrea and Ethiopia
    | words(
        """
        Abel Eden Filmon Hana Luwam Meron Nahom Natan Rahel Robel Ruth Saron Selam Semhar Senait
        Yohannes Yonas
        """
    )
    # In families with roots in the former Yugoslavia (Bosnia, Serbia, Croatia, Kosovo)
    | words(
        """
        Adnan Ajdin Ajla Albion Alen Almir Amar Amel Amra Anel Arber Dardan Dino Dren Edin Elma
        Emin Emina Erza Haris Harun Ilma Ivan Ivana Jovan Kenan Lana Leart Lejla Luka Marko Milan
        Nikola Petar Rina Sead Tarik
        """
    )
    # In families with roots in Poland
    | words(
        """
        Aleksander Aleksandra Antoni Bartosz Igor Jakub Kacper Kamil Karolina Kinga Marcel Mateusz
        Michał Natalia Oliwia Patryk Paulina Szymon Wiktoria Zofia Zuzanna
        """
    )
    # In families with roots in Turkey
    | words(
        """
        Ahmet Arda Asya Ayse Ayşe Azra Berat Berk Burak Büşra Cem Defne Deniz Ecrin Ege Ela Elif
        Emre Eren Esra Eylül Hüseyin Kaan Kerem Mehmet Melek Mert Merve Murat Nisa Selin Sude
        Şevval Yigit Yiğit Ömer
        """
    )
    # In families with roots in Finland
    | words(
        """
        Aada Aapo Aino Aleksi Eelis Eetu Eino Elli Helmi Iida Jere Juho Lauri Leevi Niko Onni Oona
        Pihla Siiri Veera Veeti Venla Väinö
        """
    )
)
# The names above that are also ordinary Swedish words and may start a sentence or a
# heading: a noun ("Liv och hälsa", "Malva"), a verb ("Rama in …", "Vilja"), an adjective
# ("Klara regler …"). At a sentence's start such a word is a name in a sentence about an
# incident only where what one person suffered or did is said of it
# (`rules.incidentpersons`: "Klara, 14 år, blev slagen"; not "Klara regler gjorde att
# bråket i mars löstes"). (Of the older names, "Lova", "Saga" and "Tilde" are words too,
# and still read as names wherever they stand.)
WORD_NAMES = words("Alvar Dana Hafsa Hala Klara Lilja Liv Malva Masa Rama Sanna Tova Vide Vilja")
