package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Spanish-speaking countries write a person with one or two given names
// and two surnames, the father's first ("Jorge Luis Herrera Castro",
// "HERRERA CASTRO, Jorge Luis"); negatives.mjs writes one surname only.
// The list holds thousands of Mexican, Colombian and Venezuelan names,
// most of them made of the commonest names of those countries, so a payee
// who shares a given name and one surname with a listed one is the false
// alarm a Latin American payroll meets most. runSpanish writes such names
// from the commonest given names and surnames of Mexico (spanishGiven,
// spanishSurnames), for `negatives -name negatives-es` to filter.

// spanishSurnames are the 50 commonest surnames of Mexico, most common
// first (RENAPO's count of the population register, as published by
// INEGI), written without accents as payroll exports often do.
var spanishSurnames = strings.Fields(`Hernandez Garcia Martinez Lopez Gonzalez Rodriguez Perez
Sanchez Ramirez Cruz Flores Gomez Morales Vazquez Reyes Jimenez Torres Diaz Gutierrez Ruiz
Mendoza Aguilar Ortiz Moreno Castillo Romero Alvarez Mendez Chavez Rivera Juarez Ramos
Dominguez Herrera Medina Castro Vargas Guzman Velazquez Munoz Rojas Contreras Salazar Luna
Ortega Santiago Guerrero Estrada Bautista Cortes`)

// spanishGiven are common given names of Mexico, men's and women's, the
// first of a name and the second alike (Luis in "Jose Luis", Guadalupe in
// "Maria Guadalupe").
var spanishGiven = [2][]string{
	strings.Fields(`Jose Juan Luis Carlos Jorge Miguel Pedro Francisco Antonio Manuel Alejandro
Javier Ricardo Fernando Roberto Eduardo Daniel Mario Sergio Raul Jesus Angel Alberto Arturo
Enrique Rafael Oscar Hector Martin Victor`),
	strings.Fields(`Maria Guadalupe Ana Rosa Laura Patricia Carmen Claudia Veronica Adriana
Gabriela Leticia Martha Silvia Elizabeth Alejandra Diana Monica Sandra Juana Teresa Isabel
Elena Lucia Fernanda Andrea Alicia Yolanda Norma Margarita`),
}

// runSpanish writes n names to raw (header name, locale, kind): a sex, a
// first given name of it, a second different one (40%), two different
// surnames, each uniformly drawn from the lists above; written "First
// [Second] Paternal Maternal" (70%) or "PATERNAL MATERNAL, First [Second]"
// (30%).
func runSpanish(raw string, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, 4))
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	rows := make([][]string, 0, n)
	for range n {
		given := spanishGiven[rng.IntN(2)]
		names := []string{pick(given)}
		if rng.Float64() < 0.4 {
			for {
				if g := pick(given); g != names[0] {
					names = append(names, g)
					break
				}
			}
		}
		pat := pick(spanishSurnames)
		mat := pick(spanishSurnames)
		for mat == pat {
			mat = pick(spanishSurnames)
		}
		var name string
		if rng.Float64() < 0.7 {
			name = strings.Join(names, " ") + " " + pat + " " + mat
		} else {
			name = strings.ToUpper(pat+" "+mat) + ", " + strings.Join(names, " ")
		}
		rows = append(rows, []string{name, "es_MX", "individual"})
	}
	if err := os.MkdirAll(filepath.Dir(raw), 0o755); err != nil {
		return err
	}
	return writeTSV(raw, []string{"name", "locale", "kind"}, rows)
}
