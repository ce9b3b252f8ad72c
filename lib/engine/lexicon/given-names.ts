// Common given names, with the sex they usually mark, so that "Molly Reynolds" is taken for
// a person without a title and "she" can agree with her. Not exhaustive: names outside
// the list still become people through titles, appositives and speech verbs.

const MALE = (
  "Aaron Abdul Abdullah Abe Adam Adrian Ahmad Ahmed Alan Albert Alberto Alex Alexander Alexei Alfred Ali Allen " +
  "Alvin Amir Andre Andrea Andreas Andrew Andrei Andres Andy Angelo Anthony Antonio Arnold Arthur Barack Barry Ben " +
  "Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett Brian Bruce Bryan Carl " +
  "Carlos Charles Charlie Chris Christian Christopher Chuck Clarence Colin Cory Craig Dan Daniel Danny Dave David " +
  "Dennis Derek Devin Dick Dimitri Dmitry Don Donald Doug Douglas Duncan Dustin Dwight Ed Eddie Edward Elijah Emmanuel " +
  "Enrique Eric Erik Ernest Eugene Evan Fernando Francis Francisco Frank Franklin Fred Frederick Gabriel Gary " +
  "Gavin George Gerald Gordon Graham Greg Gregory Guillermo Hamid Hank Hans Harold Harry Hassan Hector Henry Herbert " +
  "Howard Hugh Hugo Hussein Ian Igor Isaac Ivan Jack Jacob Jake James Jamie Jared Jason Javier Jay Jean Jeb Jeff Jeffrey " +
  "Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel Johann John Johnny Jon Jonathan Jonas Jorge Jose Joseph Josh Joshua " +
  "Juan Julian Justin Karl Keith Ken Kenneth Kevin Kurt Kyle Lance Larry Lawrence Leo Leon Leonard Lindsey Lloyd Lou " +
  "Louis Luis Luke Marco Marcus Mario Mark Martin Marvin Matt Matthew Max Michael Miguel Mike Mikhail Mitch Mitt " +
  "Mohamed Mohammad Mohammed Muhammad Narendra Nathan Neil Newt Nicholas Nick Nicolas Nikolai Noah Oliver Omar " +
  "Oscar Owen Pablo Patrick Paul Pedro Pete Peter Phil Philip Pierre Ralph Randy Raul Ray Raymond Reince Rex " +
  "Ricardo Richard Rick Rob Robert Roberto Robin Rod Rodrigo Roger Ron Ronald Roy Rudy Russell Ryan Salman Sam Samuel Scott " +
  "Sean Sergei Sergey Seth Shinzo Sidney Stanley Stefan Stephen Steve Steven Stuart Ted Terry Theodore Thomas Tim " +
  "Timothy Todd Tom Tommy Tony Travis Trey Tyler Victor Vincent Vladimir Walter Warren Wayne Wesley Will William " +
  "Yuri Zach Zachary"
).split(" ");

const FEMALE = (
  "Abigail Ada Adriana Alexandra Alexandria Alice Alicia Alison Allison Amanda Amber Amy Ana Andrea Angela Angelina " +
  "Ann Anna Anne Annie Antonia Barbara Betsy Betty Beverly Brenda Brittany Carla Carly Carmen Carol Caroline Carolyn " +
  "Catherine Cathy Cecilia Charlotte Chelsea Cheryl Christina Christine Cindy Claire Claudia Condoleezza Cynthia " +
  "Dana Daniela Danielle Deborah Debbie Debra Denise Diana Diane Donna Doris Dorothy Elaine Elena Elisabeth Elise " +
  "Elizabeth Ella Ellen Emily Emma Erica Erin Eva Evelyn Fatima Fiona Frances Gabriela Gina Gloria Grace Hannah " +
  "Heather Heidi Helen Hillary Holly Ilhan Irene Isabel Isabella Jacqueline Jane Janet Janice Jean Jeanne Jennifer " +
  "Jessica Jill Joan Joanna Jodi Jody Josephine Joyce Judith Judy Julia Julie Justine Karen Kamala Kate Katherine " +
  "Kathleen Kathryn Kathy Katie Kay Kelly Kelsey Kimberly Kirsten Kristen Kristin Laura Lauren Leah Linda Lisa " +
  "Liz Lois Lori Lorraine Louise Lucy Lynn Madeleine Maggie Margaret Maria Marie Marilyn Marina Martha Mary " +
  "Maxine Megan Melania Melanie Melissa Mia Michelle Mildred Molly Monica Nancy Natalie Natasha Nicole Nikki Nina " +
  "Nora Olivia Pamela Patricia Patty Paula Pauline Penny Rachel Rebecca Regina Rita Roberta Robin Rosa Rose Ruth " +
  "Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Sonia Sophia Sophie Stacey Stephanie Susan Susanne Suzanne " +
  "Tammy Tara Teresa Theresa Tiffany Tina Tracy Tulsi Ursula Valerie Vanessa Veronica Victoria Wendy " +
  "Whitney Yvonne Zoe Ngozi"
).split(" ");

/** Given name → usual sex. Names used for both are left out of the map's sex ("unknown"). */
export const GIVEN_NAMES: ReadonlyMap<string, "male" | "female" | "unknown"> = new Map(
  [
    ...MALE.map((n) => [n, FEMALE.includes(n) ? "unknown" : "male"] as const),
    ...FEMALE.filter((n) => !MALE.includes(n)).map((n) => [n, "female"] as const),
  ],
);
