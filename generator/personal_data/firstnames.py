"""First names of children in Sweden (the common ones of the last twenty years), read as
a pupil's name wherever they stand: beside a class in a text (`rules.names`), and in an
e-mail address's name before @ (`personal_data.classed`)."""

from __future__ import annotations

from generator.text import words

FIRST_NAMES = words(
    """
    Adam Agnes Ahmed Aisha Albin Alexander Alfred Ali Alice Alma Alva Amina Amir Anna Anton
    Arvid Astrid Axel Benjamin Casper Charlie Clara David Daniel Ebba Edith Edvin Elias Elin
    Ella Ellen Elliot Elsa Elvin Emil Emma Erik Ester Eva Fatima Felix Filip Frans Freja Gustav
    Hampus Hanna Harry Hassan Hedda Hugo Ibrahim Ida Ines Ingrid Iris Isabelle Isak Jack Jacob
    Johan Jonas Julia Kalle Karin Karl Leah Leo Liam Lilly Lina Linnea Linus Lisa Love Lova
    Lucas Ludvig Maja Majken Malte Maria Maryam Matilda Max Melvin Mia Mila Milo Moa
    Mohammed Molly Muhammad Nellie Nils Noah Noor Nora Nour Olivia Olle Omar Oscar Otto Ronja Saga
    Sam Samuel Sara Selma Signe Simon Siri Sixten Sofia Stella Thea Theo Tilde Tyra Vera
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
