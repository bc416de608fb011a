-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: db_1097_identity
-- ------------------------------------------------------
-- Server version	8.0.36
-- Synthetic AMRIT data made by `amrit-stream synth --amrit`: no real person.

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `flyway_schema_history`
--

DROP TABLE IF EXISTS `flyway_schema_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `flyway_schema_history` (
  `installed_rank` int NOT NULL,
  `version` varchar(50) DEFAULT NULL,
  `description` varchar(200) NOT NULL,
  `type` varchar(20) NOT NULL,
  `script` varchar(1000) NOT NULL,
  `checksum` int DEFAULT NULL,
  `installed_by` varchar(100) NOT NULL,
  `installed_on` timestamp NOT NULL,
  `execution_time` int NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`installed_rank`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `flyway_schema_history`
--

LOCK TABLES `flyway_schema_history` WRITE;
/*!40000 ALTER TABLE `flyway_schema_history` DISABLE KEYS */;
INSERT INTO `flyway_schema_history` (`installed_rank`,`version`,`description`,`type`,`script`,`checksum`,`installed_by`,`installed_on`,`execution_time`,`success`) VALUES (1,'1','migration 1','SQL','V1__migration_1.sql',1007919,'amrit','2025-01-01 00:00:00',1,1),(2,'2','migration 2','SQL','V2__migration_2.sql',1015838,'amrit','2025-01-01 00:00:00',2,1),(3,'3','migration 3','SQL','V3__migration_3.sql',1023757,'amrit','2025-01-01 00:00:00',3,1),(4,'4','migration 4','SQL','V4__migration_4.sql',1031676,'amrit','2025-01-01 00:00:00',4,1),(5,'5','migration 5','SQL','V5__migration_5.sql',1039595,'amrit','2025-01-01 00:00:00',5,1);
/*!40000 ALTER TABLE `flyway_schema_history` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiaryaccount`
--

DROP TABLE IF EXISTS `i_beneficiaryaccount`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryaccount` (
  `BenAccountID` bigint(20) NOT NULL AUTO_INCREMENT,
  `BankName` varchar(100) DEFAULT NULL,
  `BranchName` varchar(100) DEFAULT NULL,
  `IFSCCode` varchar(20) DEFAULT NULL,
  `AccountNo` varchar(50) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenAccountID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryaddress`
--

DROP TABLE IF EXISTS `i_beneficiaryaddress`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryaddress` (
  `BenAddressID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PermAddrLine1` varchar(50) DEFAULT NULL,
  `PermAddrLine2` varchar(50) DEFAULT NULL,
  `PermAddrLine3` varchar(50) DEFAULT NULL,
  `PermCountryId` int(15) DEFAULT NULL,
  `PermCountry` varchar(15) DEFAULT NULL,
  `PermStateId` int(15) NOT NULL,
  `PermState` varchar(30) NOT NULL,
  `PermDistrictId` int(15) NOT NULL,
  `PermDistrict` varchar(50) NOT NULL,
  `PermSubDistrictId` int(15) DEFAULT NULL,
  `PermSubDistrict` varchar(50) DEFAULT NULL,
  `PermVillageId` int(15) DEFAULT NULL,
  `PermVillage` varchar(100) DEFAULT NULL,
  `PermHabitation` varchar(50) DEFAULT NULL,
  `PermPinCode` varchar(8) DEFAULT NULL,
  `PermZoneID` int(15) DEFAULT NULL,
  `PermZone` varchar(50) DEFAULT NULL,
  `PermAreaId` int(15) DEFAULT NULL,
  `PermArea` varchar(50) DEFAULT NULL,
  `PermServicePointId` int(15) DEFAULT NULL,
  `PermServicePoint` varchar(50) DEFAULT NULL,
  `PermCoordinate` varchar(50) DEFAULT NULL,
  `CurrAddrLine1` varchar(50) DEFAULT NULL,
  `CurrAddrLine2` varchar(50) DEFAULT NULL,
  `CurrAddrLine3` varchar(50) DEFAULT NULL,
  `CurrCountryId` int(15) DEFAULT NULL,
  `CurrCountry` varchar(15) DEFAULT NULL,
  `CurrStateId` int(15) NOT NULL,
  `CurrState` varchar(30) NOT NULL,
  `CurrDistrictId` int(15) NOT NULL,
  `CurrDistrict` varchar(50) NOT NULL,
  `CurrSubDistrictId` int(15) DEFAULT NULL,
  `CurrSubDistrict` varchar(50) DEFAULT NULL,
  `CurrVillageId` int(15) DEFAULT NULL,
  `CurrVillage` varchar(100) DEFAULT NULL,
  `CurrHabitation` varchar(50) DEFAULT NULL,
  `CurrPinCode` varchar(8) DEFAULT NULL,
  `CurrZoneID` int(15) DEFAULT NULL,
  `CurrZone` varchar(50) DEFAULT NULL,
  `CurrAreaId` int(15) DEFAULT NULL,
  `CurrArea` varchar(50) DEFAULT NULL,
  `CurrServicePointId` int(15) DEFAULT NULL,
  `CurrServicePoint` varchar(50) DEFAULT NULL,
  `CurrCoordinate` varchar(50) DEFAULT NULL,
  `EmerAddrLine1` varchar(50) DEFAULT NULL,
  `EmerAddrLine2` varchar(50) DEFAULT NULL,
  `EmerAddrLine3` varchar(50) DEFAULT NULL,
  `EmerCountryId` int(15) DEFAULT NULL,
  `EmerCountry` varchar(15) DEFAULT NULL,
  `EmerStateId` int(15) NOT NULL,
  `EmerState` varchar(30) NOT NULL,
  `EmerDistrictId` int(15) NOT NULL,
  `EmerDistrict` varchar(50) NOT NULL,
  `EmerSubDistrictId` int(15) DEFAULT NULL,
  `EmerSubDistrict` varchar(50) DEFAULT NULL,
  `EmerVillageId` int(15) DEFAULT NULL,
  `EmerVillage` varchar(100) DEFAULT NULL,
  `EmerHabitation` varchar(50) DEFAULT NULL,
  `EmerPinCode` varchar(8) DEFAULT NULL,
  `PermAddressValue` varchar(250) DEFAULT NULL,
  `CurrAddressValue` varchar(250) DEFAULT NULL,
  `EmerAddressValue` varchar(250) DEFAULT NULL,
  `EmerZoneID` int(15) DEFAULT NULL,
  `EmerZone` varchar(50) DEFAULT NULL,
  `EmerAreaId` int(15) DEFAULT NULL,
  `EmerArea` varchar(50) DEFAULT NULL,
  `EmerServicePointId` int(15) DEFAULT NULL,
  `EmerServicePoint` varchar(50) DEFAULT NULL,
  `EmerCoordinate` varchar(50) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenAddressID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryconsent`
--

DROP TABLE IF EXISTS `i_beneficiaryconsent`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryconsent` (
  `BenConsentID` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenConsent` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithSpouse` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithSpouse` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithFamily` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithFamily` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithFriends` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithFriends` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithDoctor` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithDoctor` bit(1) DEFAULT NULL,
  `ShareAnonymousWithGovt` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithGovt` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithGovt` bit(1) DEFAULT NULL,
  `ShareAnonymousWithMedicalCommunity` bit(1) DEFAULT NULL,
  `SharePersonalDetailsForMedicalStudy` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsForMedicalStudy` bit(1) DEFAULT NULL,
  `ShareAnonymousWithNGO` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithNGO` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithNGO` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenConsentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiarycontacts`
--

DROP TABLE IF EXISTS `i_beneficiarycontacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarycontacts` (
  `BenContactsID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PreferredPhoneNum` varchar(25) DEFAULT NULL,
  `PreferredPhoneTyp` varchar(15) DEFAULT NULL,
  `PreferredSMSPhoneNum` varchar(25) DEFAULT NULL,
  `PreferredSMSPhoneTyp` varchar(15) DEFAULT NULL,
  `EmergencyContactNum` varchar(25) DEFAULT NULL,
  `EmergencyContactTyp` varchar(15) DEFAULT NULL,
  `PhoneNum1` varchar(25) DEFAULT NULL,
  `PhoneTyp1` varchar(15) DEFAULT NULL,
  `PhoneNum2` varchar(25) DEFAULT NULL,
  `PhoneTyp2` varchar(15) DEFAULT NULL,
  `PhoneNum3` varchar(25) DEFAULT NULL,
  `PhoneTyp3` varchar(15) DEFAULT NULL,
  `PhoneNum4` varchar(25) DEFAULT NULL,
  `PhoneTyp4` varchar(15) DEFAULT NULL,
  `PhoneNum5` varchar(25) DEFAULT NULL,
  `PhoneTyp5` varchar(15) DEFAULT NULL,
  `EmailId` varchar(75) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenContactsID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `i_beneficiarycontacts`
--

LOCK TABLES `i_beneficiarycontacts` WRITE;
/*!40000 ALTER TABLE `i_beneficiarycontacts` DISABLE KEYS */;
INSERT INTO `i_beneficiarycontacts` VALUES (1,'9031842958','Prefer1','9031842958','Prefer1','Emerge1','Emerge1','9031842958','PhoneT1','7288982788','PhoneT1','9031842958','PhoneT1','9031842958','PhoneT1','9031842958','PhoneT1','kusum.tripathi0@gmail.com',b'0','N','admin','2025-02-02 09:01:00',b'1','Reserv1','Reserv1',1,'admin','2025-02-02 09:01:00',1,1,'Vehica1',1,'admin','2025-02-02 09:01:00','Reserv1'),(2,'7119279066','Prefer2','7119279066','Prefer2','Emerge2','Emerge2','7119279066','PhoneT2','9545825241','PhoneT2','7119279066','PhoneT2','7119279066','PhoneT2','7119279066','PhoneT2','hemant.hazarika3@gmail.com',b'0','N','admin','2025-03-03 10:02:00',b'1','Reserv2','Reserv2',2,'admin','2025-03-03 10:02:00',2,2,'Vehica2',2,'admin','2025-03-03 10:02:00','Reserv2'),(3,'8958128898','Prefer3','8958128898','Prefer3','Emerge3','Emerge3','8958128898','PhoneT3','6788193286','PhoneT3','8958128898','PhoneT3','8958128898','PhoneT3','8958128898','PhoneT3','rukmini.deshpande6@gmail.com',b'0','N','admin','2025-04-04 11:03:00',b'1','Reserv3','Reserv3',3,'admin','2025-04-04 11:03:00',3,3,'Vehica3',3,'admin','2025-04-04 11:03:00','Reserv3'),(4,'9066754582','Prefer4','9066754582','Prefer4','Emerge4','Emerge4','9066754582','PhoneT4','9241176049','PhoneT4','9066754582','PhoneT4','9066754582','PhoneT4','9066754582','PhoneT4','lakshman.chauhan9@gmail.com',b'0','N','admin','2025-05-05 12:04:00',b'1','Reserv4','Reserv4',4,'admin','2025-05-05 12:04:00',4,4,'Vehica4',4,'admin','2025-05-05 12:04:00','Reserv4'),(5,'8898278819','Prefer5','8898278819','Prefer5','Emerge5','Emerge5','8898278819','PhoneT5','9286090382','PhoneT5','8898278819','PhoneT5','8898278819','PhoneT5','8898278819','PhoneT5','chiranjeevi.naidu12@gmail.com',b'0','N','admin','2025-06-06 13:05:00',b'1','Reserv5','Reserv5',5,'admin','2025-06-06 13:05:00',5,5,'Vehica5',5,'admin','2025-06-06 13:05:00','Reserv5'),(6,'6582524117','Prefer6','6582524117','Prefer6','Emerge6','Emerge6','6582524117','PhoneT6','8049966316','PhoneT6','6582524117','PhoneT6','6582524117','PhoneT6','6582524117','PhoneT6','dhananjay.chatterjee15@gmail.com',b'0','N','admin','2025-07-07 14:06:00',b'1','Reserv6','Reserv6',6,'admin','2025-07-07 14:06:00',6,6,'Vehica6',6,'admin','2025-07-07 14:06:00','Reserv6'),(7,'6819328609','Prefer7','6819328609','Prefer7','Emerge7','Emerge7','6819328609','PhoneT7','6382135731','PhoneT7','6819328609','PhoneT7','6819328609','PhoneT7','6819328609','PhoneT7','omkar.rathore18@gmail.com',b'0','N','admin','2025-08-08 15:07:00',b'1','Reserv7','Reserv7',7,'admin','2025-08-08 15:07:00',7,7,'Vehica7',7,'admin','2025-08-08 15:07:00','Reserv7'),(8,'8117604996','Prefer8','8117604996','Prefer8','Emerge8','Emerge8','8117604996','PhoneT8','8316015484','PhoneT8','8117604996','PhoneT8','8117604996','PhoneT8','8117604996','PhoneT8','kusum.tripathi21@gmail.com',b'0','N','admin','2025-09-09 16:08:00',b'1','Reserv8','Reserv8',8,'admin','2025-09-09 16:08:00',8,8,'Vehica8',8,'admin','2025-09-09 16:08:00','Reserv8'),(9,'8609038213','Prefer9','8609038213','Prefer9','Emerge9','Emerge9','8609038213','PhoneT9','7731558572','PhoneT9','8609038213','PhoneT9','8609038213','PhoneT9','8609038213','PhoneT9','kusum.mishra24@gmail.com',b'0','N','admin','2025-10-10 17:09:00',b'1','Reserv9','Reserv9',9,'admin','2025-10-10 17:09:00',9,9,'Vehica9',9,'admin','2025-10-10 17:09:00','Reserv9'),(10,'6996631601','Prefer10','6996631601','Prefer10','Emerge10','Emerge10','6996631601','PhoneT10','9484697959','PhoneT10','6996631601','PhoneT10','6996631601','PhoneT10','6996631601','PhoneT10','aparna.chauhan27@gmail.com',b'0','N','admin','2025-11-11 08:10:00',b'1','Reserv10','Reserv10',10,'admin','2025-11-11 08:10:00',10,10,'Vehica10',10,'admin','2025-11-11 08:10:00','Reserv10'),(11,'8213573155','Prefer11','8213573155','Prefer11','Emerge11','Emerge11','8213573155','PhoneT11','8572339794','PhoneT11','8213573155','PhoneT11','8213573155','PhoneT11','8213573155','PhoneT11','chiranjeevi.bora30@gmail.com',b'0','N','admin','2025-12-12 09:11:00',b'1','Reserv11','Reserv11',11,'admin','2025-12-12 09:11:00',11,11,'Vehica11',11,'admin','2025-12-12 09:11:00','Reserv11'),(12,'9601548469','Prefer12','9601548469','Prefer12','Emerge12','Emerge12','9601548469','PhoneT12','9959175016','PhoneT12','9601548469','PhoneT12','9601548469','PhoneT12','9601548469','PhoneT12','charulata.naidu33@gmail.com',b'0','N','admin','2025-01-13 10:12:00',b'1','Reserv12','Reserv12',12,'admin','2025-01-13 10:12:00',12,12,'Vehica12',12,'admin','2025-01-13 10:12:00','Reserv12'),(13,'7155857233','Prefer13','7155857233','Prefer13','Emerge13','Emerge13','7155857233','PhoneT13','7794913840','PhoneT13','7155857233','PhoneT13','7155857233','PhoneT13','7155857233','PhoneT13','bhagyashree.thakur36@gmail.com',b'0','N','admin','2025-02-14 11:13:00',b'1','Reserv13','Reserv13',13,'admin','2025-02-14 11:13:00',13,13,'Vehica13',13,'admin','2025-02-14 11:13:00','Reserv13'),(14,'6469795917','Prefer14','6469795917','Prefer14','Emerge14','Emerge14','6469795917','PhoneT14','7016537333','PhoneT14','6469795917','PhoneT14','6469795917','PhoneT14','6469795917','PhoneT14','kusum.chatterjee39@gmail.com',b'0','N','admin','2025-03-15 12:14:00',b'1','Reserv14','Reserv14',14,'admin','2025-03-15 12:14:00',14,14,'Vehica14',14,'admin','2025-03-15 12:14:00','Reserv14'),(15,'9233979491','Prefer15','9233979491','Prefer15','Emerge15','Emerge15','9233979491','PhoneT15','7840206308','PhoneT15','9233979491','PhoneT15','9233979491','PhoneT15','9233979491','PhoneT15','yashoda.kulkarni42@gmail.com',b'0','N','admin','2025-04-16 13:15:00',b'1','Reserv15','Reserv15',15,'admin','2025-04-16 13:15:00',15,15,'Vehica15',15,'admin','2025-04-16 13:15:00','Reserv15'),(16,'9917501653','Prefer16','9917501653','Prefer16','Emerge16','Emerge16','9917501653','PhoneT16','9333863258','PhoneT16','9917501653','PhoneT16','9917501653','PhoneT16','9917501653','PhoneT16','hemant.chauhan45@gmail.com',b'0','N','admin','2025-05-17 14:16:00',b'1','Reserv16','Reserv16',16,'admin','2025-05-17 14:16:00',16,16,'Vehica16',16,'admin','2025-05-17 14:16:00','Reserv16'),(17,'9491384020','Prefer17','9491384020','Prefer17','Emerge17','Emerge17','9491384020','PhoneT17','8308540339','PhoneT17','9491384020','PhoneT17','9491384020','PhoneT17','9491384020','PhoneT17','yashoda.joshi48@gmail.com',b'0','N','admin','2025-06-18 15:17:00',b'1','Reserv17','Reserv17',17,'admin','2025-06-18 15:17:00',17,17,'Vehica17',17,'admin','2025-06-18 15:17:00','Reserv17'),(18,'7653733386','Prefer18','7653733386','Prefer18','Emerge18','Emerge18','7653733386','PhoneT18','7258469086','PhoneT18','7653733386','PhoneT18','7653733386','PhoneT18','7653733386','PhoneT18','chiranjeevi.hazarika51@gmail.com',b'0','N','admin','2025-07-19 16:18:00',b'1','Reserv18','Reserv18',18,'admin','2025-07-19 16:18:00',18,18,'Vehica18',18,'admin','2025-07-19 16:18:00','Reserv18'),(19,'6020630854','Prefer19','6020630854','Prefer19','Emerge19','Emerge19','6020630854','PhoneT19','8339563996','PhoneT19','6020630854','PhoneT19','6020630854','PhoneT19','6020630854','PhoneT19','kusum.bhattacharya54@gmail.com',b'0','N','admin','2025-08-20 17:19:00',b'1','Reserv19','Reserv19',19,'admin','2025-08-20 17:19:00',19,19,'Vehica19',19,'admin','2025-08-20 17:19:00','Reserv19'),(20,'9386325846','Prefer20','9386325846','Prefer20','Emerge20','Emerge20','9386325846','PhoneT20','7086189853','PhoneT20','9386325846','PhoneT20','9386325846','PhoneT20','9386325846','PhoneT20','jayshree.rathore57@gmail.com',b'0','N','admin','2025-09-21 08:20:00',b'1','Reserv20','Reserv20',20,'admin','2025-09-21 08:20:00',20,20,'Vehica20',20,'admin','2025-09-21 08:20:00','Reserv20'),(21,'8854033956','Prefer21','8854033956','Prefer21','Emerge21','Emerge21','8854033956','PhoneT21','7996010208','PhoneT21','8854033956','PhoneT21','8854033956','PhoneT21','8854033956','PhoneT21','yogendra.deshpande60@gmail.com',b'0','N','admin','2025-10-22 09:21:00',b'1','Reserv21','Reserv21',21,'admin','2025-10-22 09:21:00',21,21,'Vehica21',21,'admin','2025-10-22 09:21:00','Reserv21'),(22,'7846908618','Prefer22','7846908618','Prefer22','Emerge22','Emerge22','7846908618','PhoneT22','9853986562','PhoneT22','7846908618','PhoneT22','7846908618','PhoneT22','7846908618','PhoneT22','hemlata.rathore63@gmail.com',b'0','N','admin','2025-11-23 10:22:00',b'1','Reserv22','Reserv22',22,'admin','2025-11-23 10:22:00',22,22,'Vehica22',22,'admin','2025-11-23 10:22:00','Reserv22'),(23,'7956399601','Prefer23','7956399601','Prefer23','Emerge23','Emerge23','7956399601','PhoneT23','8208905685','PhoneT23','7956399601','PhoneT23','7956399601','PhoneT23','7956399601','PhoneT23','damayanti.pillai66@gmail.com',b'0','N','admin','2025-12-24 11:23:00',b'1','Reserv23','Reserv23',23,'admin','2025-12-24 11:23:00',23,23,'Vehica23',23,'admin','2025-12-24 11:23:00','Reserv23'),(24,'6618985398','Prefer24','6618985398','Prefer24','Emerge24','Emerge24','6618985398','PhoneT24','6562783245','PhoneT24','6618985398','PhoneT24','6618985398','PhoneT24','6618985398','PhoneT24','bhupinder.hazarika69@gmail.com',b'0','N','admin','2025-01-25 12:24:00',b'1','Reserv24','Reserv24',24,'admin','2025-01-25 12:24:00',24,24,'Vehica24',24,'admin','2025-01-25 12:24:00','Reserv24'),(25,'9601020890','Prefer25','9601020890','Prefer25','Emerge25','Emerge25','9601020890','PhoneT25','9685809281','PhoneT25','9601020890','PhoneT25','9601020890','PhoneT25','9601020890','PhoneT25','trupti.shetty72@gmail.com',b'0','N','admin','2025-02-26 13:25:00',b'1','Reserv25','Reserv25',25,'admin','2025-02-26 13:25:00',25,25,'Vehica25',25,'admin','2025-02-26 13:25:00','Reserv25'),(26,'7398656278','Prefer26','7398656278','Prefer26','Emerge26','Emerge26','7398656278','PhoneT26','9245727829','PhoneT26','7398656278','PhoneT26','7398656278','PhoneT26','7398656278','PhoneT26','yogendra.chauhan75@gmail.com',b'0','N','admin','2025-03-27 14:26:00',b'1','Reserv26','Reserv26',26,'admin','2025-03-27 14:26:00',26,26,'Vehica26',26,'admin','2025-03-27 14:26:00','Reserv26'),(27,'8890568580','Prefer27','8890568580','Prefer27','Emerge27','Emerge27','8890568580','PhoneT27','9281125654','PhoneT27','8890568580','PhoneT27','8890568580','PhoneT27','8890568580','PhoneT27','rukmini.mishra78@gmail.com',b'0','N','admin','2025-04-28 15:27:00',b'1','Reserv27','Reserv27',27,'admin','2025-04-28 15:27:00',27,27,'Vehica27',27,'admin','2025-04-28 15:27:00','Reserv27'),(28,'8278324572','Prefer28','8278324572','Prefer28','Emerge28','Emerge28','8278324572','PhoneT28','7829275422','PhoneT28','8278324572','PhoneT28','8278324572','PhoneT28','8278324572','PhoneT28','jayshree.pillai81@gmail.com',b'0','N','admin','2025-05-01 16:28:00',b'1','Reserv28','Reserv28',28,'admin','2025-05-01 16:28:00',28,28,'Vehica28',28,'admin','2025-05-01 16:28:00','Reserv28'),(29,'8580928112','Prefer29','8580928112','Prefer29','Emerge29','Emerge29','8580928112','PhoneT29','7654227823','PhoneT29','8580928112','PhoneT29','8580928112','PhoneT29','8580928112','PhoneT29','bhagyashree.bora84@gmail.com',b'0','N','admin','2025-06-02 17:29:00',b'1','Reserv29','Reserv29',29,'admin','2025-06-02 17:29:00',29,29,'Vehica29',29,'admin','2025-06-02 17:29:00','Reserv29'),(30,'8572782927','Prefer30','8572782927','Prefer30','Emerge30','Emerge30','8572782927','PhoneT30','7422997382','PhoneT30','8572782927','PhoneT30','8572782927','PhoneT30','8572782927','PhoneT30','rukmini.chauhan87@gmail.com',b'0','N','admin','2025-07-03 08:30:00',b'1','Reserv30','Reserv30',30,'admin','2025-07-03 08:30:00',30,30,'Vehica30',30,'admin','2025-07-03 08:30:00','Reserv30'),(31,'6112565422','Prefer31','6112565422','Prefer31','Emerge31','Emerge31','6112565422','PhoneT31','7823444177','PhoneT31','6112565422','PhoneT31','6112565422','PhoneT31','6112565422','PhoneT31','madhav.rathore90@gmail.com',b'0','N','admin','2025-08-04 09:31:00',b'1','Reserv31','Reserv31',31,'admin','2025-08-04 09:31:00',31,31,'Vehica31',31,'admin','2025-08-04 09:31:00','Reserv31'),(32,'6927542299','Prefer32','6927542299','Prefer32','Emerge32','Emerge32','6927542299','PhoneT32','9382149513','PhoneT32','6927542299','PhoneT32','6927542299','PhoneT32','6927542299','PhoneT32','tushar.bora93@gmail.com',b'0','N','admin','2025-09-05 10:32:00',b'1','Reserv32','Reserv32',32,'admin','2025-09-05 10:32:00',32,32,'Vehica32',32,'admin','2025-09-05 10:32:00','Reserv32'),(33,'7422782344','Prefer33','7422782344','Prefer33','Emerge33','Emerge33','7422782344','PhoneT33','8177309760','PhoneT33','7422782344','PhoneT33','7422782344','PhoneT33','7422782344','PhoneT33','ekta.tripathi96@gmail.com',b'0','N','admin','2025-10-06 11:33:00',b'1','Reserv33','Reserv33',33,'admin','2025-10-06 11:33:00',33,33,'Vehica33',33,'admin','2025-10-06 11:33:00','Reserv33'),(34,'6299738214','Prefer34','6299738214','Prefer34','Emerge34','Emerge34','6299738214','PhoneT34','7513181717','PhoneT34','6299738214','PhoneT34','6299738214','PhoneT34','6299738214','PhoneT34','hemant.mishra99@gmail.com',b'0','N','admin','2025-11-07 12:34:00',b'1','Reserv34','Reserv34',34,'admin','2025-11-07 12:34:00',34,34,'Vehica34',34,'admin','2025-11-07 12:34:00','Reserv34'),(35,'8344417730','Prefer35','8344417730','Prefer35','Emerge35','Emerge35','8344417730','PhoneT35','7760754642','PhoneT35','8344417730','PhoneT35','8344417730','PhoneT35','8344417730','PhoneT35','hemlata.bora102@gmail.com',b'0','N','admin','2025-12-08 13:35:00',b'1','Reserv35','Reserv35',35,'admin','2025-12-08 13:35:00',35,35,'Vehica35',35,'admin','2025-12-08 13:35:00','Reserv35'),(36,'8214951318','Prefer36','8214951318','Prefer36','Emerge36','Emerge36','8214951318','PhoneT36','7717127703','PhoneT36','8214951318','PhoneT36','8214951318','PhoneT36','8214951318','PhoneT36','kalpana.saikia105@gmail.com',b'0','N','admin','2025-01-09 14:36:00',b'1','Reserv36','Reserv36',36,'admin','2025-01-09 14:36:00',36,36,'Vehica36',36,'admin','2025-01-09 14:36:00','Reserv36'),(37,'9730976075','Prefer37','9730976075','Prefer37','Emerge37','Emerge37','9730976075','PhoneT37','8642932642','PhoneT37','9730976075','PhoneT37','9730976075','PhoneT37','9730976075','PhoneT37','narendra.tripathi108@gmail.com',b'0','N','admin','2025-02-10 15:37:00',b'1','Reserv37','Reserv37',37,'admin','2025-02-10 15:37:00',37,37,'Vehica37',37,'admin','2025-02-10 15:37:00','Reserv37'),(38,'9318171712','Prefer38','9318171712','Prefer38','Emerge38','Emerge38','9318171712','PhoneT38','9703744149','PhoneT38','9318171712','PhoneT38','9318171712','PhoneT38','9318171712','PhoneT38','kalpana.naidu111@gmail.com',b'0','N','admin','2025-03-11 16:38:00',b'1','Reserv38','Reserv38',38,'admin','2025-03-11 16:38:00',38,38,'Vehica38',38,'admin','2025-03-11 16:38:00','Reserv38'),(39,'6075464293','Prefer39','6075464293','Prefer39','Emerge39','Emerge39','6075464293','PhoneT39','6642516779','PhoneT39','6075464293','PhoneT39','6075464293','PhoneT39','6075464293','PhoneT39','malati.hazarika114@gmail.com',b'0','N','admin','2025-04-12 17:39:00',b'1','Reserv39','Reserv39',39,'admin','2025-04-12 17:39:00',39,39,'Vehica39',39,'admin','2025-04-12 17:39:00','Reserv39'),(40,'7712770374','Prefer40','7712770374','Prefer40','Emerge40','Emerge40','7712770374','PhoneT40','6149272401','PhoneT40','7712770374','PhoneT40','7712770374','PhoneT40','7712770374','PhoneT40','yashoda.bhattacharya117@gmail.com',b'0','N','admin','2025-05-13 08:40:00',b'1','Reserv40','Reserv40',40,'admin','2025-05-13 08:40:00',40,40,'Vehica40',40,'admin','2025-05-13 08:40:00','Reserv40'),(41,'6293264251','Prefer41','6293264251','Prefer41','Emerge41','Emerge41','6293264251','PhoneT41','8779137443','PhoneT41','6293264251','PhoneT41','6293264251','PhoneT41','6293264251','PhoneT41','madhav.saikia120@gmail.com',b'0','N','admin','2025-06-14 09:41:00',b'1','Reserv41','Reserv41',41,'admin','2025-06-14 09:41:00',41,41,'Vehica41',41,'admin','2025-06-14 09:41:00','Reserv41'),(42,'8374414927','Prefer42','8374414927','Prefer42','Emerge42','Emerge42','8374414927','PhoneT42','8401287968','PhoneT42','8374414927','PhoneT42','8374414927','PhoneT42','8374414927','PhoneT42','charulata.gowda123@gmail.com',b'0','N','admin','2025-07-15 10:42:00',b'1','Reserv42','Reserv42',42,'admin','2025-07-15 10:42:00',42,42,'Vehica42',42,'admin','2025-07-15 10:42:00','Reserv42'),(43,'6251677913','Prefer43','6251677913','Prefer43','Emerge43','Emerge43','6251677913','PhoneT43','7443251942','PhoneT43','6251677913','PhoneT43','6251677913','PhoneT43','6251677913','PhoneT43','padmini.pillai126@gmail.com',b'0','N','admin','2025-08-16 11:43:00',b'1','Reserv43','Reserv43',43,'admin','2025-08-16 11:43:00',43,43,'Vehica43',43,'admin','2025-08-16 11:43:00','Reserv43'),(44,'8927240128','Prefer44','8927240128','Prefer44','Emerge44','Emerge44','8927240128','PhoneT44','7968048870','PhoneT44','8927240128','PhoneT44','8927240128','PhoneT44','8927240128','PhoneT44','umesh.pillai129@gmail.com',b'0','N','admin','2025-09-17 12:44:00',b'1','Reserv44','Reserv44',44,'admin','2025-09-17 12:44:00',44,44,'Vehica44',44,'admin','2025-09-17 12:44:00','Reserv44'),(45,'7913744325','Prefer45','7913744325','Prefer45','Emerge45','Emerge45','7913744325','PhoneT45','9942713270','PhoneT45','7913744325','PhoneT45','7913744325','PhoneT45','7913744325','PhoneT45','omkar.gowda132@gmail.com',b'0','N','admin','2025-10-18 13:45:00',b'1','Reserv45','Reserv45',45,'admin','2025-10-18 13:45:00',45,45,'Vehica45',45,'admin','2025-10-18 13:45:00','Reserv45'),(46,'8128796804','Prefer46','8128796804','Prefer46','Emerge46','Emerge46','8128796804','PhoneT46','6870609001','PhoneT46','8128796804','PhoneT46','8128796804','PhoneT46','8128796804','PhoneT46','leela.chauhan135@gmail.com',b'0','N','admin','2025-11-19 14:46:00',b'1','Reserv46','Reserv46',46,'admin','2025-11-19 14:46:00',46,46,'Vehica46',46,'admin','2025-11-19 14:46:00','Reserv46'),(47,'8325194271','Prefer47','8325194271','Prefer47','Emerge47','Emerge47','8325194271','PhoneT47','7270771002','PhoneT47','8325194271','PhoneT47','8325194271','PhoneT47','8325194271','PhoneT47','raghunath.kalita138@gmail.com',b'0','N','admin','2025-12-20 15:47:00',b'1','Reserv47','Reserv47',47,'admin','2025-12-20 15:47:00',47,47,'Vehica47',47,'admin','2025-12-20 15:47:00','Reserv47'),(48,'6804887060','Prefer48','6804887060','Prefer48','Emerge48','Emerge48','6804887060','PhoneT48','9001589886','PhoneT48','6804887060','PhoneT48','6804887060','PhoneT48','6804887060','PhoneT48','shalini.mishra141@gmail.com',b'0','N','admin','2025-01-21 16:48:00',b'1','Reserv48','Reserv48',48,'admin','2025-01-21 16:48:00',48,48,'Vehica48',48,'admin','2025-01-21 16:48:00','Reserv48'),(49,'8271327077','Prefer49','8271327077','Prefer49','Emerge49','Emerge49','8271327077','PhoneT49','7002002013','PhoneT49','8271327077','PhoneT49','8271327077','PhoneT49','8271327077','PhoneT49','aparna.mishra144@gmail.com',b'0','N','admin','2025-02-22 17:49:00',b'1','Reserv49','Reserv49',49,'admin','2025-02-22 17:49:00',49,49,'Vehica49',49,'admin','2025-02-22 17:49:00','Reserv49'),(50,'9060900158','Prefer50','9060900158','Prefer50','Emerge50','Emerge50','9060900158','PhoneT50','9886268924','PhoneT50','9060900158','PhoneT50','9060900158','PhoneT50','9060900158','PhoneT50','yashoda.kulkarni147@gmail.com',b'0','N','admin','2025-03-23 08:50:00',b'1','Reserv50','Reserv50',50,'admin','2025-03-23 08:50:00',50,50,'Vehica50',50,'admin','2025-03-23 08:50:00','Reserv50'),(51,'7077100200','Prefer51','7077100200','Prefer51','Emerge51','Emerge51','7077100200','PhoneT51','6013676697','PhoneT51','7077100200','PhoneT51','7077100200','PhoneT51','7077100200','PhoneT51','gayatri.kalita150@gmail.com',b'0','N','admin','2025-04-24 09:51:00',b'1','Reserv51','Reserv51',51,'admin','2025-04-24 09:51:00',51,51,'Vehica51',51,'admin','2025-04-24 09:51:00','Reserv51'),(52,'6158988626','Prefer52','6158988626','Prefer52','Emerge52','Emerge52','6158988626','PhoneT52','6924610801','PhoneT52','6158988626','PhoneT52','6158988626','PhoneT52','6158988626','PhoneT52','charulata.chauhan153@gmail.com',b'0','N','admin','2025-05-25 10:52:00',b'1','Reserv52','Reserv52',52,'admin','2025-05-25 10:52:00',52,52,'Vehica52',52,'admin','2025-05-25 10:52:00','Reserv52'),(53,'8200201367','Prefer53','8200201367','Prefer53','Emerge53','Emerge53','8200201367','PhoneT53','8697535947','PhoneT53','8200201367','PhoneT53','8200201367','PhoneT53','8200201367','PhoneT53','rukmini.joshi156@gmail.com',b'0','N','admin','2025-06-26 11:53:00',b'1','Reserv53','Reserv53',53,'admin','2025-06-26 11:53:00',53,53,'Vehica53',53,'admin','2025-06-26 11:53:00','Reserv53'),(54,'8626892461','Prefer54','8626892461','Prefer54','Emerge54','Emerge54','8626892461','PhoneT54','8801747245','PhoneT54','8626892461','PhoneT54','8626892461','PhoneT54','8626892461','PhoneT54','shalini.menon159@gmail.com',b'0','N','admin','2025-07-27 12:54:00',b'1','Reserv54','Reserv54',54,'admin','2025-07-27 12:54:00',54,54,'Vehica54',54,'admin','2025-07-27 12:54:00','Reserv54'),(55,'7367669753','Prefer55','7367669753','Prefer55','Emerge55','Emerge55','7367669753','PhoneT55','9947331052','PhoneT55','7367669753','PhoneT55','7367669753','PhoneT55','7367669753','PhoneT55','nirmala.rathore162@gmail.com',b'0','N','admin','2025-08-28 13:55:00',b'1','Reserv55','Reserv55',55,'admin','2025-08-28 13:55:00',55,55,'Vehica55',55,'admin','2025-08-28 13:55:00','Reserv55'),(56,'6461080174','Prefer56','6461080174','Prefer56','Emerge56','Emerge56','6461080174','PhoneT56','9245762193','PhoneT56','6461080174','PhoneT56','6461080174','PhoneT56','6461080174','PhoneT56','jitendra.chatterjee165@gmail.com',b'0','N','admin','2025-09-01 14:56:00',b'1','Reserv56','Reserv56',56,'admin','2025-09-01 14:56:00',56,56,'Vehica56',56,'admin','2025-09-01 14:56:00','Reserv56'),(57,'9753594733','Prefer57','9753594733','Prefer57','Emerge57','Emerge57','9753594733','PhoneT57','7052393923','PhoneT57','9753594733','PhoneT57','9753594733','PhoneT57','9753594733','PhoneT57','rukmini.gowda168@gmail.com',b'0','N','admin','2025-10-02 15:57:00',b'1','Reserv57','Reserv57',57,'admin','2025-10-02 15:57:00',57,57,'Vehica57',57,'admin','2025-10-02 15:57:00','Reserv57'),(58,'8174724576','Prefer58','8174724576','Prefer58','Emerge58','Emerge58','8174724576','PhoneT58','6193210499','PhoneT58','8174724576','PhoneT58','8174724576','PhoneT58','8174724576','PhoneT58','kamlesh.gowda171@gmail.com',b'0','N','admin','2025-11-03 16:58:00',b'1','Reserv58','Reserv58',58,'admin','2025-11-03 16:58:00',58,58,'Vehica58',58,'admin','2025-11-03 16:58:00','Reserv58'),(59,'6733105239','Prefer59','6733105239','Prefer59','Emerge59','Emerge59','6733105239','PhoneT59','7923713915','PhoneT59','6733105239','PhoneT59','6733105239','PhoneT59','6733105239','PhoneT59','shailesh.pandey174@gmail.com',b'0','N','admin','2025-12-04 17:59:00',b'1','Reserv59','Reserv59',59,'admin','2025-12-04 17:59:00',59,59,'Vehica59',59,'admin','2025-12-04 17:59:00','Reserv59'),(60,'6576219321','Prefer60','6576219321','Prefer60','Emerge60','Emerge60','6576219321','PhoneT60','8499265385','PhoneT60','6576219321','PhoneT60','6576219321','PhoneT60','6576219321','PhoneT60','raghunath.thakur177@gmail.com',b'0','N','admin','2025-01-05 08:00:00',b'1','Reserv60','Reserv60',60,'admin','2025-01-05 08:00:00',60,60,'Vehica60',60,'admin','2025-01-05 08:00:00','Reserv60'),(61,'7239392371','Prefer61','7239392371','Prefer61','Emerge61','Emerge61','7239392371','PhoneT61','9915371268','PhoneT61','7239392371','PhoneT61','7239392371','PhoneT61','7239392371','PhoneT61','bhagyashree.bora180@gmail.com',b'0','N','admin','2025-02-06 09:01:00',b'1','Reserv61','Reserv61',61,'admin','2025-02-06 09:01:00',61,61,'Vehica61',61,'admin','2025-02-06 09:01:00','Reserv61'),(62,'7321049926','Prefer62','7321049926','Prefer62','Emerge62','Emerge62','7321049926','PhoneT62','7385899881','PhoneT62','7321049926','PhoneT62','7321049926','PhoneT62','7321049926','PhoneT62','madhav.saikia183@gmail.com',b'0','N','admin','2025-03-07 10:02:00',b'1','Reserv62','Reserv62',62,'admin','2025-03-07 10:02:00',62,62,'Vehica62',62,'admin','2025-03-07 10:02:00','Reserv62'),(63,'8371391537','Prefer63','8371391537','Prefer63','Emerge63','Emerge63','8371391537','PhoneT63','9268494068','PhoneT63','8371391537','PhoneT63','8371391537','PhoneT63','8371391537','PhoneT63','jayshree.kulkarni186@gmail.com',b'0','N','admin','2025-04-08 11:03:00',b'1','Reserv63','Reserv63',63,'admin','2025-04-08 11:03:00',63,63,'Vehica63',63,'admin','2025-04-08 11:03:00','Reserv63'),(64,'9926538589','Prefer64','9926538589','Prefer64','Emerge64','Emerge64','9926538589','PhoneT64','7881825336','PhoneT64','9926538589','PhoneT64','9926538589','PhoneT64','9926538589','PhoneT64','yashoda.saikia189@gmail.com',b'0','N','admin','2025-05-09 12:04:00',b'1','Reserv64','Reserv64',64,'admin','2025-05-09 12:04:00',64,64,'Vehica64',64,'admin','2025-05-09 12:04:00','Reserv64'),(65,'7537126849','Prefer65','7537126849','Prefer65','Emerge65','Emerge65','7537126849','PhoneT65','8068065791','PhoneT65','7537126849','PhoneT65','7537126849','PhoneT65','7537126849','PhoneT65','madhav.joshi192@gmail.com',b'0','N','admin','2025-06-10 13:05:00',b'1','Reserv65','Reserv65',65,'admin','2025-06-10 13:05:00',65,65,'Vehica65',65,'admin','2025-06-10 13:05:00','Reserv65'),(66,'8589988182','Prefer66','8589988182','Prefer66','Emerge66','Emerge66','8589988182','PhoneT66','9336187930','PhoneT66','8589988182','PhoneT66','8589988182','PhoneT66','8589988182','PhoneT66','hemant.thakur195@gmail.com',b'0','N','admin','2025-07-11 14:06:00',b'1','Reserv66','Reserv66',66,'admin','2025-07-11 14:06:00',66,66,'Vehica66',66,'admin','2025-07-11 14:06:00','Reserv66'),(67,'6849406806','Prefer67','6849406806','Prefer67','Emerge67','Emerge67','6849406806','PhoneT67','9791888499','PhoneT67','6849406806','PhoneT67','6849406806','PhoneT67','6849406806','PhoneT67','umesh.rathore198@gmail.com',b'0','N','admin','2025-08-12 15:07:00',b'1','Reserv67','Reserv67',67,'admin','2025-08-12 15:07:00',67,67,'Vehica67',67,'admin','2025-08-12 15:07:00','Reserv67'),(68,'6182533618','Prefer68','6182533618','Prefer68','Emerge68','Emerge68','6182533618','PhoneT68','9930765115','PhoneT68','6182533618','PhoneT68','6182533618','PhoneT68','6182533618','PhoneT68','bhupinder.tripathi201@gmail.com',b'0','N','admin','2025-09-13 16:08:00',b'1','Reserv68','Reserv68',68,'admin','2025-09-13 16:08:00',68,68,'Vehica68',68,'admin','2025-09-13 16:08:00','Reserv68'),(69,'8806579188','Prefer69','8806579188','Prefer69','Emerge69','Emerge69','8806579188','PhoneT69','8499936855','PhoneT69','8806579188','PhoneT69','8806579188','PhoneT69','8806579188','PhoneT69','damayanti.hazarika204@gmail.com',b'0','N','admin','2025-10-14 17:09:00',b'1','Reserv69','Reserv69',69,'admin','2025-10-14 17:09:00',69,69,'Vehica69',69,'admin','2025-10-14 17:09:00','Reserv69');
/*!40000 ALTER TABLE `i_beneficiarycontacts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiarydetails`
--

DROP TABLE IF EXISTS `i_beneficiarydetails`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarydetails` (
  `BeneficiaryDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `TitleId` int(11) DEFAULT NULL,
  `Title` varchar(10) DEFAULT NULL,
  `FirstName` varchar(50) DEFAULT NULL,
  `MiddleName` varchar(50) DEFAULT NULL,
  `LastName` varchar(50) DEFAULT NULL,
  `Status` varchar(10) DEFAULT NULL,
  `GenderId` int(11) DEFAULT NULL,
  `Gender` varchar(20) DEFAULT NULL,
  `MaritalStatusId` int(11) DEFAULT NULL,
  `MaritalStatus` varchar(20) DEFAULT NULL,
  `MarriageDate` datetime DEFAULT NULL,
  `MarriageAge` smallint(6) DEFAULT NULL,
  `DOB` datetime DEFAULT NULL,
  `FatherName` varchar(50) DEFAULT NULL,
  `MotherName` varchar(50) DEFAULT NULL,
  `SpouseName` varchar(50) DEFAULT NULL,
  `EmergencyRegistration` bit(1) DEFAULT NULL,
  `HealthCareWorkerId` int(11) DEFAULT NULL,
  `HealthCareWorker` varchar(45) DEFAULT NULL,
  `PlaceOfWork` varchar(30) DEFAULT NULL,
  `LiteracyStatus` varchar(30) DEFAULT NULL,
  `educationId` int(11) DEFAULT NULL,
  `education` varchar(45) DEFAULT NULL,
  `occupationId` smallint(6) DEFAULT NULL,
  `occupation` varchar(45) DEFAULT NULL,
  `incomeStatusId` smallint(6) DEFAULT NULL,
  `incomeStatus` varchar(45) DEFAULT NULL,
  `communityId` int(11) DEFAULT NULL,
  `community` varchar(45) DEFAULT NULL,
  `religionId` smallint(6) DEFAULT NULL,
  `religion` varchar(45) DEFAULT NULL,
  `preferredLanguageId` int(11) DEFAULT NULL,
  `preferredLanguage` varchar(45) DEFAULT NULL,
  `sourceOfInfo` varchar(300) DEFAULT NULL,
  `servicePointId` bigint(20) DEFAULT NULL,
  `areaId` int(15) DEFAULT NULL,
  `zoneId` int(15) DEFAULT NULL,
  `phcId` int(15) DEFAULT NULL,
  `Remarks` varchar(300) DEFAULT NULL,
  `familyid` varchar(50) DEFAULT NULL,
  `HeadofFamily_RelationID` int(11) DEFAULT NULL,
  `HeadofFamily_Relation` varchar(50) DEFAULT NULL,
  `Others` varchar(100) DEFAULT NULL,
  `faceEmbedding` longtext DEFAULT NULL,
  `ExtraFields` json DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SexualOrientationID` int(11) DEFAULT NULL,
  `SexualOrientationType` varchar(30) DEFAULT NULL,
  `IsHIVPositive` bit(1) DEFAULT NULL,
  `HIVStatus` smallint(6) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  `MonthlyFamilyIncome` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`BeneficiaryDetailsId`),
  UNIQUE KEY `uk_1` (`BeneficiaryRegID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `i_beneficiarydetails`
--

LOCK TABLES `i_beneficiarydetails` WRITE;
/*!40000 ALTER TABLE `i_beneficiarydetails` DISABLE KEYS */;
INSERT INTO `i_beneficiarydetails` VALUES (1,1000000011,1,'Title1','Kusum','Kusum','Tripathi','Status1',1,'Female',1,'Marita1','2025-02-02 09:01:00',2,'1971-01-04 00:00:00','Dhananjay Tripathi','Padmini Tripathi','Vasant Tripathi',b'1',1,'Health1','PlaceO1','Litera1',1,'educat1',1,'occupa1',1,'income1',1,'commun1',1,'religi1',1,'prefer1','Patient Kusum Tripathi complains of pain in lower abdomen. Relative reachable on +91 7288982788. Aadhaar 518530070422 seen.',1,1,1,1,'Patient Kusum Tripathi complains of cough with sputum for two weeks. Relative reachable on +91 7288982788. Aadhaar 518530070422 seen.','family1',1,'Headof1','Patient Kusum Tripathi complains of cough with sputum for two weeks. Relative reachable on +91 72889','Patient Kusum Tripathi complains of cough with sputum for two weeks. Relative reachable on +91 7288982788. Aadhaar 518530070422 seen.','{}',b'0','N','admin','2025-02-02 09:01:00',b'1','Reserv1','Reserv1',1,'admin','2025-02-02 09:01:00',1,1,'Vehica1',1,1,'Sexual1',b'1',3,'admin','2025-02-02 09:01:00','Reserv1','Monthl1'),(2,1000000122,2,'Title2','Hemant','Jitendra','Hazarika','Status2',2,'Male',2,'Marita2','2025-03-03 10:02:00',4,'2014-10-15 00:00:00','Hemant Hazarika','Aparna Hazarika','Ekta Hazarika',b'1',2,'Health2','PlaceO2','Litera2',2,'educat2',2,'occupa2',2,'income2',2,'commun2',2,'religi2',2,'prefer2','Follow-up call to Hemant on 7119279066: cough with sputum for two weeks, improving.',2,2,2,2,'Follow-up call to Hemant on 7119279066: headache and giddiness, improving.','family2',2,'Headof2','Follow-up call to Hemant on 7119279066: fever and body ache since 3 days, improving.','Follow-up call to Hemant on 7119279066: pain in lower abdomen, improving.','{}',b'0','N','admin','2025-03-03 10:02:00',b'1','Reserv2','Reserv2',2,'admin','2025-03-03 10:02:00',2,2,'Vehica2',2,2,'Sexual2',b'1',4,'admin','2025-03-03 10:02:00','Reserv2','Monthl2'),(3,1000000233,3,'Title3','Rukmini','Kusum','Deshpande','Status3',3,'Female',3,'Marita3','2025-04-04 11:03:00',5,'1952-04-28 00:00:00','Abhay Deshpande','Damayanti Deshpande','Vasant Deshpande',b'1',3,'Health3','PlaceO3','Litera3',3,'educat3',3,'occupa3',3,'income3',3,'commun3',3,'religi3',3,'prefer3','Caller Rukmini Deshpande (mobile 8958128898) reports pain in lower abdomen; advised visit to PHC.',3,3,3,3,'Caller Rukmini Deshpande (mobile 8958128898) reports loose motions since yesterday; advised visit to PHC.','family3',3,'Headof3','Caller Rukmini Deshpande (mobile 8958128898) reports fever and body ache since 3 days; advised visit','Caller Rukmini Deshpande (mobile 8958128898) reports cough with sputum for two weeks; advised visit to PHC.','{}',b'0','N','admin','2025-04-04 11:03:00',b'1','Reserv3','Reserv3',3,'admin','2025-04-04 11:03:00',3,3,'Vehica3',3,3,'Sexual3',b'1',5,'admin','2025-04-04 11:03:00','Reserv3','Monthl3'),(4,1000000344,4,'Title4','Lakshman','Hemant','Chauhan','Status4',4,'Male',4,'Marita4','2025-05-05 12:04:00',2,'1956-03-18 00:00:00','Hemant Chauhan','Rukmini Chauhan','Nirmala Chauhan',b'1',4,'Health4','PlaceO4','Litera4',4,'educat4',4,'occupa4',4,'income4',4,'commun4',4,'religi4',4,'prefer4','Patient Lakshman Chauhan complains of fever and body ache since 3 days. Relative reachable on +91 9241176049. Aadhaar 565632113793 seen.',4,4,4,4,'Patient Lakshman Chauhan complains of pain in lower abdomen. Relative reachable on +91 9241176049. Aadhaar 565632113793 seen.','family4',4,'Headof4','Patient Lakshman Chauhan complains of cough with sputum for two weeks. Relative reachable on +91 924','Patient Lakshman Chauhan complains of fever and body ache since 3 days. Relative reachable on +91 9241176049. Aadhaar 565632113793 seen.','{}',b'0','N','admin','2025-05-05 12:04:00',b'1','Reserv4','Reserv4',4,'admin','2025-05-05 12:04:00',4,4,'Vehica4',4,4,'Sexual4',b'1',5,'admin','2025-05-05 12:04:00','Reserv4','Monthl4'),(5,1000000455,5,'Title5','Chiranjeevi','Dhananjay','Naidu','Status5',5,'Male',5,'Marita5','2025-06-06 13:05:00',5,'1986-02-16 00:00:00','Girish Naidu','Jayshree Naidu','Rukmini Naidu',b'1',5,'Health5','PlaceO5','Litera5',5,'educat5',5,'occupa5',5,'income5',5,'commun5',5,'religi5',5,'prefer5','Follow-up call to Chiranjeevi on 8898278819: pain in lower abdomen, improving.',5,5,5,5,'Follow-up call to Chiranjeevi on 8898278819: pain in lower abdomen, improving.','family5',5,'Headof5','Follow-up call to Chiranjeevi on 8898278819: swelling in both legs, improving.','Follow-up call to Chiranjeevi on 8898278819: swelling in both legs, improving.','{}',b'0','N','admin','2025-06-06 13:05:00',b'1','Reserv5','Reserv5',5,'admin','2025-06-06 13:05:00',5,5,'Vehica5',5,5,'Sexual5',b'1',3,'admin','2025-06-06 13:05:00','Reserv5','Monthl5'),(6,1000000566,6,'Title6','Dhananjay','Bhupinder','Chatterjee','Status6',6,'Male',6,'Marita6','2025-07-07 14:06:00',1,'1969-07-12 00:00:00','Shailesh Chatterjee','Shalini Chatterjee','Kalpana Chatterjee',b'1',6,'Health6','PlaceO6','Litera6',6,'educat6',6,'occupa6',6,'income6',6,'commun6',6,'religi6',6,'prefer6','Caller Dhananjay Chatterjee (mobile 6582524117) reports headache and giddiness; advised visit to PHC.',6,6,6,6,'Caller Dhananjay Chatterjee (mobile 6582524117) reports loose motions since yesterday; advised visit to PHC.','family6',6,'Headof6','Caller Dhananjay Chatterjee (mobile 6582524117) reports swelling in both legs; advised visit to PHC.','Caller Dhananjay Chatterjee (mobile 6582524117) reports headache and giddiness; advised visit to PHC.','{}',b'0','N','admin','2025-07-07 14:06:00',b'1','Reserv6','Reserv6',6,'admin','2025-07-07 14:06:00',6,6,'Vehica6',6,6,'Sexual6',b'1',5,'admin','2025-07-07 14:06:00','Reserv6','Monthl6'),(7,1000000677,7,'Title7','Omkar','Shailesh','Rathore','Status7',7,'Male',7,'Marita7','2025-08-08 15:07:00',4,'1982-02-10 00:00:00','Vasant Rathore','Trupti Rathore','Jayshree Rathore',b'1',7,'Health7','PlaceO7','Litera7',7,'educat7',7,'occupa7',7,'income7',7,'commun7',7,'religi7',7,'prefer7','Patient Omkar Rathore complains of fever and body ache since 3 days. Relative reachable on +91 6382135731. Aadhaar 656399114626 seen.',7,7,7,7,'Patient Omkar Rathore complains of cough with sputum for two weeks. Relative reachable on +91 6382135731. Aadhaar 656399114626 seen.','family7',7,'Headof7','Patient Omkar Rathore complains of loose motions since yesterday. Relative reachable on +91 63821357','Patient Omkar Rathore complains of headache and giddiness. Relative reachable on +91 6382135731. Aadhaar 656399114626 seen.','{}',b'0','N','admin','2025-08-08 15:07:00',b'1','Reserv7','Reserv7',7,'admin','2025-08-08 15:07:00',7,7,'Vehica7',7,7,'Sexual7',b'1',4,'admin','2025-08-08 15:07:00','Reserv7','Monthl7'),(8,1000000788,8,'Title8','Kusum','Kusum','Tripathi','Status8',8,'Female',8,'Marita8','2025-09-09 16:08:00',5,'1959-12-24 00:00:00','Jitendra Tripathi','Leela Tripathi','Shailesh Tripathi',b'1',8,'Health8','PlaceO8','Litera8',8,'educat8',8,'occupa8',8,'income8',8,'commun8',8,'religi8',8,'prefer8','Follow-up call to Kusum on 8117604996: fever and body ache since 3 days, improving.',8,8,8,8,'Follow-up call to Kusum on 8117604996: loose motions since yesterday, improving.','family8',8,'Headof8','Follow-up call to Kusum on 8117604996: loose motions since yesterday, improving.','Follow-up call to Kusum on 8117604996: loose motions since yesterday, improving.','{}',b'0','N','admin','2025-09-09 16:08:00',b'1','Reserv8','Reserv8',8,'admin','2025-09-09 16:08:00',8,8,'Vehica8',8,8,'Sexual8',b'1',2,'admin','2025-09-09 16:08:00','Reserv8','Monthl8'),(9,1000000899,9,'Title9','Kusum','Rukmini','Mishra','Status9',9,'Female',9,'Marita9','2025-10-10 17:09:00',3,'1954-06-26 00:00:00','Lakshman Mishra','Vaishali Mishra','Yogendra Mishra',b'1',9,'Health9','PlaceO9','Litera9',9,'educat9',9,'occupa9',9,'income9',9,'commun9',9,'religi9',9,'prefer9','Caller Kusum Mishra (mobile 8609038213) reports pain in lower abdomen; advised visit to PHC.',9,9,9,9,'Caller Kusum Mishra (mobile 8609038213) reports headache and giddiness; advised visit to PHC.','family9',9,'Headof9','Caller Kusum Mishra (mobile 8609038213) reports swelling in both legs; advised visit to PHC.','Caller Kusum Mishra (mobile 8609038213) reports headache and giddiness; advised visit to PHC.','{}',b'0','N','admin','2025-10-10 17:09:00',b'1','Reserv9','Reserv9',9,'admin','2025-10-10 17:09:00',9,9,'Vehica9',9,9,'Sexual9',b'1',5,'admin','2025-10-10 17:09:00','Reserv9','Monthl9'),(10,1000001010,10,'Title10','Aparna','Jayshree','Chauhan','Status10',10,'Female',10,'Marita10','2025-11-11 08:10:00',2,'1966-12-10 00:00:00','Girish Chauhan','Aparna Chauhan','Bhupinder Chauhan',b'1',10,'Health10','PlaceO10','Litera10',10,'educat10',10,'occupa10',10,'income10',10,'commun10',10,'religi10',10,'prefer10','Patient Aparna Chauhan complains of pain in lower abdomen. Relative reachable on +91 9484697959. Aadhaar 667926451191 seen.',10,10,10,10,'Patient Aparna Chauhan complains of pain in lower abdomen. Relative reachable on +91 9484697959. Aadhaar 667926451191 seen.','family10',10,'Headof10','Patient Aparna Chauhan complains of fever and body ache since 3 days. Relative reachable on +91 9484','Patient Aparna Chauhan complains of fever and body ache since 3 days. Relative reachable on +91 9484697959. Aadhaar 667926451191 seen.','{}',b'0','N','admin','2025-11-11 08:10:00',b'1','Reserv10','Reserv10',10,'admin','2025-11-11 08:10:00',10,10,'Vehica10',10,10,'Sexual10',b'1',5,'admin','2025-11-11 08:10:00','Reserv10','Monthl10'),(11,1000001121,11,'Title11','Chiranjeevi','Bhupinder','Bora','Status11',11,'Male',11,'Marita11','2025-12-12 09:11:00',5,'1950-09-15 00:00:00','Parag Bora','Yashoda Bora','Ekta Bora',b'1',11,'Health11','PlaceO11','Litera11',11,'educat11',11,'occupa11',11,'income11',11,'commun11',11,'religi11',11,'prefer11','Follow-up call to Chiranjeevi on 8213573155: loose motions since yesterday, improving.',11,11,11,11,'Follow-up call to Chiranjeevi on 8213573155: cough with sputum for two weeks, improving.','family11',11,'Headof11','Follow-up call to Chiranjeevi on 8213573155: swelling in both legs, improving.','Follow-up call to Chiranjeevi on 8213573155: swelling in both legs, improving.','{}',b'0','N','admin','2025-12-12 09:11:00',b'1','Reserv11','Reserv11',11,'admin','2025-12-12 09:11:00',11,11,'Vehica11',11,11,'Sexual11',b'1',3,'admin','2025-12-12 09:11:00','Reserv11','Monthl11'),(12,1000001232,12,'Title12','Charulata','Rukmini','Naidu','Status12',12,'Female',12,'Marita12','2025-01-13 10:12:00',4,'1983-05-25 00:00:00','Jitendra Naidu','Rukmini Naidu','Dhananjay Naidu',b'1',12,'Health12','PlaceO12','Litera12',12,'educat12',12,'occupa12',12,'income12',12,'commun12',12,'religi12',12,'prefer12','Caller Charulata Naidu (mobile 9601548469) reports headache and giddiness; advised visit to PHC.',12,12,12,12,'Caller Charulata Naidu (mobile 9601548469) reports fever and body ache since 3 days; advised visit to PHC.','family12',12,'Headof12','Caller Charulata Naidu (mobile 9601548469) reports loose motions since yesterday; advised visit to P','Caller Charulata Naidu (mobile 9601548469) reports fever and body ache since 3 days; advised visit to PHC.','{}',b'0','N','admin','2025-01-13 10:12:00',b'1','Reserv12','Reserv12',12,'admin','2025-01-13 10:12:00',12,12,'Vehica12',12,12,'Sexual12',b'1',5,'admin','2025-01-13 10:12:00','Reserv12','Monthl12'),(13,1000001343,13,'Title13','Bhagyashree','Malati','Thakur','Status13',13,'Female',13,'Marita13','2025-02-14 11:13:00',1,'1993-02-13 00:00:00','Hemant Thakur','Damayanti Thakur','Madhav Thakur',b'1',13,'Health13','PlaceO13','Litera13',13,'educat13',13,'occupa13',13,'income13',13,'commun13',13,'religi13',13,'prefer13','Patient Bhagyashree Thakur complains of cough with sputum for two weeks. Relative reachable on +91 7794913840. Aadhaar 629581288983 seen.',13,13,13,13,'Patient Bhagyashree Thakur complains of headache and giddiness. Relative reachable on +91 7794913840. Aadhaar 629581288983 seen.','family13',13,'Headof13','Patient Bhagyashree Thakur complains of cough with sputum for two weeks. Relative reachable on +91 7','Patient Bhagyashree Thakur complains of swelling in both legs. Relative reachable on +91 7794913840. Aadhaar 629581288983 seen.','{}',b'0','N','admin','2025-02-14 11:13:00',b'1','Reserv13','Reserv13',13,'admin','2025-02-14 11:13:00',13,13,'Vehica13',13,13,'Sexual13',b'1',2,'admin','2025-02-14 11:13:00','Reserv13','Monthl13'),(14,1000001454,14,'Title14','Kusum','Urmila','Chatterjee','Status14',14,'Female',14,'Marita14','2025-03-15 12:14:00',2,'1958-05-07 00:00:00','Parag Chatterjee','Padmini Chatterjee','Girish Chatterjee',b'1',14,'Health14','PlaceO14','Litera14',14,'educat14',14,'occupa14',14,'income14',14,'commun14',14,'religi14',14,'prefer14','Follow-up call to Kusum on 6469795917: headache and giddiness, improving.',14,14,14,14,'Follow-up call to Kusum on 6469795917: pain in lower abdomen, improving.','family14',14,'Headof14','Follow-up call to Kusum on 6469795917: loose motions since yesterday, improving.','Follow-up call to Kusum on 6469795917: cough with sputum for two weeks, improving.','{}',b'0','N','admin','2025-03-15 12:14:00',b'1','Reserv14','Reserv14',14,'admin','2025-03-15 12:14:00',14,14,'Vehica14',14,14,'Sexual14',b'1',1,'admin','2025-03-15 12:14:00','Reserv14','Monthl14'),(15,1000001565,15,'Title15','Yashoda','Ekta','Kulkarni','Status15',15,'Female',15,'Marita15','2025-04-16 13:15:00',1,'1989-12-27 00:00:00','Madhav Kulkarni','Rukmini Kulkarni','Parag Kulkarni',b'1',15,'Health15','PlaceO15','Litera15',15,'educat15',15,'occupa15',15,'income15',15,'commun15',15,'religi15',15,'prefer15','Caller Yashoda Kulkarni (mobile 9233979491) reports pain in lower abdomen; advised visit to PHC.',15,15,15,15,'Caller Yashoda Kulkarni (mobile 9233979491) reports loose motions since yesterday; advised visit to PHC.','family15',15,'Headof15','Caller Yashoda Kulkarni (mobile 9233979491) reports fever and body ache since 3 days; advised visit ','Caller Yashoda Kulkarni (mobile 9233979491) reports swelling in both legs; advised visit to PHC.','{}',b'0','N','admin','2025-04-16 13:15:00',b'1','Reserv15','Reserv15',15,'admin','2025-04-16 13:15:00',15,15,'Vehica15',15,15,'Sexual15',b'1',5,'admin','2025-04-16 13:15:00','Reserv15','Monthl15'),(16,1000001676,16,'Title16','Hemant','Hemant','Chauhan','Status16',16,'Male',16,'Marita16','2025-05-17 14:16:00',3,'2006-12-09 00:00:00','Lakshman Chauhan','Aparna Chauhan','Kalpana Chauhan',b'1',16,'Health16','PlaceO16','Litera16',16,'educat16',16,'occupa16',16,'income16',16,'commun16',16,'religi16',16,'prefer16','Patient Hemant Chauhan complains of headache and giddiness. Relative reachable on +91 9333863258. Aadhaar 545825241174 seen.',16,16,16,16,'Patient Hemant Chauhan complains of fever and body ache since 3 days. Relative reachable on +91 9333863258. Aadhaar 545825241174 seen.','family16',16,'Headof16','Patient Hemant Chauhan complains of swelling in both legs. Relative reachable on +91 9333863258. Aad','Patient Hemant Chauhan complains of loose motions since yesterday. Relative reachable on +91 9333863258. Aadhaar 545825241174 seen.','{}',b'0','N','admin','2025-05-17 14:16:00',b'1','Reserv16','Reserv16',16,'admin','2025-05-17 14:16:00',16,16,'Vehica16',16,16,'Sexual16',b'1',4,'admin','2025-05-17 14:16:00','Reserv16','Monthl16'),(17,1000001787,17,'Title17','Yashoda','Hemlata','Joshi','Status17',17,'Female',17,'Marita17','2025-06-18 15:17:00',5,'1971-01-24 00:00:00','Parag Joshi','Kusum Joshi','Yogendra Joshi',b'1',17,'Health17','PlaceO17','Litera17',17,'educat17',17,'occupa17',17,'income17',17,'commun17',17,'religi17',17,'prefer17','Follow-up call to Yashoda on 9491384020: fever and body ache since 3 days, improving.',17,17,17,17,'Follow-up call to Yashoda on 9491384020: headache and giddiness, improving.','family17',17,'Headof17','Follow-up call to Yashoda on 9491384020: swelling in both legs, improving.','Follow-up call to Yashoda on 9491384020: headache and giddiness, improving.','{}',b'0','N','admin','2025-06-18 15:17:00',b'1','Reserv17','Reserv17',17,'admin','2025-06-18 15:17:00',17,17,'Vehica17',17,17,'Sexual17',b'1',3,'admin','2025-06-18 15:17:00','Reserv17','Monthl17'),(18,1000001898,18,'Title18','Chiranjeevi','Kamlesh','Hazarika','Status18',18,'Male',18,'Marita18','2025-07-19 16:18:00',3,'1973-08-13 00:00:00','Yogendra Hazarika','Kalpana Hazarika','Gayatri Hazarika',b'1',18,'Health18','PlaceO18','Litera18',18,'educat18',18,'occupa18',18,'income18',18,'commun18',18,'religi18',18,'prefer18','Caller Chiranjeevi Hazarika (mobile 7653733386) reports loose motions since yesterday; advised visit to PHC.',18,18,18,18,'Caller Chiranjeevi Hazarika (mobile 7653733386) reports headache and giddiness; advised visit to PHC.','family18',18,'Headof18','Caller Chiranjeevi Hazarika (mobile 7653733386) reports swelling in both legs; advised visit to PHC.','Caller Chiranjeevi Hazarika (mobile 7653733386) reports fever and body ache since 3 days; advised visit to PHC.','{}',b'0','N','admin','2025-07-19 16:18:00',b'1','Reserv18','Reserv18',18,'admin','2025-07-19 16:18:00',18,18,'Vehica18',18,18,'Sexual18',b'1',4,'admin','2025-07-19 16:18:00','Reserv18','Monthl18'),(19,1000002009,19,'Title19','Kusum','Nirmala','Bhattacharya','Status19',19,'Female',19,'Marita19','2025-08-20 17:19:00',5,'1978-08-11 00:00:00','Madhav Bhattacharya','Charulata Bhattacharya','Madhav Bhattacharya',b'1',19,'Health19','PlaceO19','Litera19',19,'educat19',19,'occupa19',19,'income19',19,'commun19',19,'religi19',19,'prefer19','Patient Kusum Bhattacharya complains of headache and giddiness. Relative reachable on +91 8339563996. Aadhaar 686090382139 seen.',19,19,19,19,'Patient Kusum Bhattacharya complains of loose motions since yesterday. Relative reachable on +91 8339563996. Aadhaar 686090382139 seen.','family19',19,'Headof19','Patient Kusum Bhattacharya complains of pain in lower abdomen. Relative reachable on +91 8339563996.','Patient Kusum Bhattacharya complains of loose motions since yesterday. Relative reachable on +91 8339563996. Aadhaar 686090382139 seen.','{}',b'0','N','admin','2025-08-20 17:19:00',b'1','Reserv19','Reserv19',19,'admin','2025-08-20 17:19:00',19,19,'Vehica19',19,19,'Sexual19',b'1',5,'admin','2025-08-20 17:19:00','Reserv19','Monthl19'),(20,1000002120,20,'Title20','Jayshree','Kalpana','Rathore','Status20',20,'Female',20,'Marita20','2025-09-21 08:20:00',5,'1992-10-03 00:00:00','Tushar Rathore','Trupti Rathore','Hemant Rathore',b'1',20,'Health20','PlaceO20','Litera20',20,'educat20',20,'occupa20',20,'income20',20,'commun20',20,'religi20',20,'prefer20','Follow-up call to Jayshree on 9386325846: pain in lower abdomen, improving.',20,20,20,20,'Follow-up call to Jayshree on 9386325846: swelling in both legs, improving.','family20',20,'Headof20','Follow-up call to Jayshree on 9386325846: fever and body ache since 3 days, improving.','Follow-up call to Jayshree on 9386325846: loose motions since yesterday, improving.','{}',b'0','N','admin','2025-09-21 08:20:00',b'1','Reserv20','Reserv20',20,'admin','2025-09-21 08:20:00',20,20,'Vehica20',20,20,'Sexual20',b'1',3,'admin','2025-09-21 08:20:00','Reserv20','Monthl20'),(21,1000002231,21,'Title21','Yogendra','Madhav','Deshpande','Status21',21,'Male',21,'Marita21','2025-10-22 09:21:00',5,'1995-03-23 00:00:00','Shailesh Deshpande','Urmila Deshpande','Yashoda Deshpande',b'1',21,'Health21','PlaceO21','Litera21',21,'educat21',21,'occupa21',21,'income21',21,'commun21',21,'religi21',21,'prefer21','Caller Yogendra Deshpande (mobile 8854033956) reports fever and body ache since 3 days; advised visit to PHC.',21,21,21,21,'Caller Yogendra Deshpande (mobile 8854033956) reports cough with sputum for two weeks; advised visit to PHC.','family21',21,'Headof21','Caller Yogendra Deshpande (mobile 8854033956) reports loose motions since yesterday; advised visit t','Caller Yogendra Deshpande (mobile 8854033956) reports loose motions since yesterday; advised visit to PHC.','{}',b'0','N','admin','2025-10-22 09:21:00',b'1','Reserv21','Reserv21',21,'admin','2025-10-22 09:21:00',21,21,'Vehica21',21,21,'Sexual21',b'1',2,'admin','2025-10-22 09:21:00','Reserv21','Monthl21'),(22,1000002342,22,'Title22','Hemlata','Yashoda','Rathore','Status22',22,'Female',22,'Marita22','2025-11-23 10:22:00',1,'1985-10-03 00:00:00','Dhananjay Rathore','Charulata Rathore','Raghunath Rathore',b'1',22,'Health22','PlaceO22','Litera22',22,'educat22',22,'occupa22',22,'income22',22,'commun22',22,'religi22',22,'prefer22','Patient Hemlata Rathore complains of loose motions since yesterday. Relative reachable on +91 9853986562. Aadhaar 716015484698 seen.',22,22,22,22,'Patient Hemlata Rathore complains of headache and giddiness. Relative reachable on +91 9853986562. Aadhaar 716015484698 seen.','family22',22,'Headof22','Patient Hemlata Rathore complains of headache and giddiness. Relative reachable on +91 9853986562. A','Patient Hemlata Rathore complains of pain in lower abdomen. Relative reachable on +91 9853986562. Aadhaar 716015484698 seen.','{}',b'0','N','admin','2025-11-23 10:22:00',b'1','Reserv22','Reserv22',22,'admin','2025-11-23 10:22:00',22,22,'Vehica22',22,22,'Sexual22',b'1',3,'admin','2025-11-23 10:22:00','Reserv22','Monthl22'),(23,1000002453,23,'Title23','Damayanti','Malati','Pillai','Status23',23,'Female',23,'Marita23','2025-12-24 11:23:00',3,'1981-10-21 00:00:00','Yogendra Pillai','Padmini Pillai','Kamlesh Pillai',b'1',23,'Health23','PlaceO23','Litera23',23,'educat23',23,'occupa23',23,'income23',23,'commun23',23,'religi23',23,'prefer23','Follow-up call to Damayanti on 7956399601: loose motions since yesterday, improving.',23,23,23,23,'Follow-up call to Damayanti on 7956399601: cough with sputum for two weeks, improving.','family23',23,'Headof23','Follow-up call to Damayanti on 7956399601: swelling in both legs, improving.','Follow-up call to Damayanti on 7956399601: swelling in both legs, improving.','{}',b'0','N','admin','2025-12-24 11:23:00',b'1','Reserv23','Reserv23',23,'admin','2025-12-24 11:23:00',23,23,'Vehica23',23,23,'Sexual23',b'1',5,'admin','2025-12-24 11:23:00','Reserv23','Monthl23'),(24,1000002564,24,'Title24','Bhupinder','Chiranjeevi','Hazarika','Status24',24,'Male',24,'Marita24','2025-01-25 12:24:00',2,'2009-09-26 00:00:00','Umesh Hazarika','Kalpana Hazarika','Padmini Hazarika',b'1',24,'Health24','PlaceO24','Litera24',24,'educat24',24,'occupa24',24,'income24',24,'commun24',24,'religi24',24,'prefer24','Caller Bhupinder Hazarika (mobile 6618985398) reports loose motions since yesterday; advised visit to PHC.',24,24,24,24,'Caller Bhupinder Hazarika (mobile 6618985398) reports loose motions since yesterday; advised visit to PHC.','family24',24,'Headof24','Caller Bhupinder Hazarika (mobile 6618985398) reports pain in lower abdomen; advised visit to PHC.','Caller Bhupinder Hazarika (mobile 6618985398) reports fever and body ache since 3 days; advised visit to PHC.','{}',b'0','N','admin','2025-01-25 12:24:00',b'1','Reserv24','Reserv24',24,'admin','2025-01-25 12:24:00',24,24,'Vehica24',24,24,'Sexual24',b'1',3,'admin','2025-01-25 12:24:00','Reserv24','Monthl24'),(25,1000002675,25,'Title25','Trupti','Padmini','Shetty','Status25',25,'Female',25,'Marita25','2025-02-26 13:25:00',4,'1999-05-21 00:00:00','Girish Shetty','Urmila Shetty','Girish Shetty',b'1',25,'Health25','PlaceO25','Litera25',25,'educat25',25,'occupa25',25,'income25',25,'commun25',25,'religi25',25,'prefer25','Patient Trupti Shetty complains of fever and body ache since 3 days. Relative reachable on +91 9685809281. Aadhaar 572339794918 seen.',25,25,25,25,'Patient Trupti Shetty complains of loose motions since yesterday. Relative reachable on +91 9685809281. Aadhaar 572339794918 seen.','family25',25,'Headof25','Patient Trupti Shetty complains of pain in lower abdomen. Relative reachable on +91 9685809281. Aadh','Patient Trupti Shetty complains of pain in lower abdomen. Relative reachable on +91 9685809281. Aadhaar 572339794918 seen.','{}',b'0','N','admin','2025-02-26 13:25:00',b'1','Reserv25','Reserv25',25,'admin','2025-02-26 13:25:00',25,25,'Vehica25',25,25,'Sexual25',b'1',4,'admin','2025-02-26 13:25:00','Reserv25','Monthl25'),(26,1000002786,26,'Title26','Yogendra','Umesh','Chauhan','Status26',26,'Male',26,'Marita26','2025-03-27 14:26:00',5,'1972-12-22 00:00:00','Girish Chauhan','Shalini Chauhan','Padmini Chauhan',b'1',26,'Health26','PlaceO26','Litera26',26,'educat26',26,'occupa26',26,'income26',26,'commun26',26,'religi26',26,'prefer26','Follow-up call to Yogendra on 7398656278: pain in lower abdomen, improving.',26,26,26,26,'Follow-up call to Yogendra on 7398656278: loose motions since yesterday, improving.','family26',26,'Headof26','Follow-up call to Yogendra on 7398656278: loose motions since yesterday, improving.','Follow-up call to Yogendra on 7398656278: loose motions since yesterday, improving.','{}',b'0','N','admin','2025-03-27 14:26:00',b'1','Reserv26','Reserv26',26,'admin','2025-03-27 14:26:00',26,26,'Vehica26',26,26,'Sexual26',b'1',2,'admin','2025-03-27 14:26:00','Reserv26','Monthl26'),(27,1000002897,27,'Title27','Rukmini','Padmini','Mishra','Status27',27,'Female',27,'Marita27','2025-04-28 15:27:00',3,'1993-01-23 00:00:00','Umesh Mishra','Yashoda Mishra','Chiranjeevi Mishra',b'1',27,'Health27','PlaceO27','Litera27',27,'educat27',27,'occupa27',27,'income27',27,'commun27',27,'religi27',27,'prefer27','Caller Rukmini Mishra (mobile 8890568580) reports swelling in both legs; advised visit to PHC.',27,27,27,27,'Caller Rukmini Mishra (mobile 8890568580) reports swelling in both legs; advised visit to PHC.','family27',27,'Headof27','Caller Rukmini Mishra (mobile 8890568580) reports loose motions since yesterday; advised visit to PH','Caller Rukmini Mishra (mobile 8890568580) reports fever and body ache since 3 days; advised visit to PHC.','{}',b'0','N','admin','2025-04-28 15:27:00',b'1','Reserv27','Reserv27',27,'admin','2025-04-28 15:27:00',27,27,'Vehica27',27,27,'Sexual27',b'1',1,'admin','2025-04-28 15:27:00','Reserv27','Monthl27'),(28,1000003008,28,'Title28','Jayshree','Leela','Pillai','Status28',28,'Female',28,'Marita28','2025-05-01 16:28:00',3,'1962-06-15 00:00:00','Jitendra Pillai','Damayanti Pillai','Vasant Pillai',b'1',28,'Health28','PlaceO28','Litera28',28,'educat28',28,'occupa28',28,'income28',28,'commun28',28,'religi28',28,'prefer28','Patient Jayshree Pillai complains of swelling in both legs. Relative reachable on +91 7829275422. Aadhaar 216537333869 seen.',28,28,28,28,'Patient Jayshree Pillai complains of fever and body ache since 3 days. Relative reachable on +91 7829275422. Aadhaar 216537333869 seen.','family28',28,'Headof28','Patient Jayshree Pillai complains of fever and body ache since 3 days. Relative reachable on +91 782','Patient Jayshree Pillai complains of pain in lower abdomen. Relative reachable on +91 7829275422. Aadhaar 216537333869 seen.','{}',b'0','N','admin','2025-05-01 16:28:00',b'1','Reserv28','Reserv28',28,'admin','2025-05-01 16:28:00',28,28,'Vehica28',28,28,'Sexual28',b'1',2,'admin','2025-05-01 16:28:00','Reserv28','Monthl28'),(29,1000003119,29,'Title29','Bhagyashree','Shalini','Bora','Status29',29,'Female',29,'Marita29','2025-06-02 17:29:00',4,'1957-06-09 00:00:00','Raghunath Bora','Nirmala Bora','Jitendra Bora',b'1',29,'Health29','PlaceO29','Litera29',29,'educat29',29,'occupa29',29,'income29',29,'commun29',29,'religi29',29,'prefer29','Follow-up call to Bhagyashree on 8580928112: pain in lower abdomen, improving.',29,29,29,29,'Follow-up call to Bhagyashree on 8580928112: swelling in both legs, improving.','family29',29,'Headof29','Follow-up call to Bhagyashree on 8580928112: fever and body ache since 3 days, improving.','Follow-up call to Bhagyashree on 8580928112: swelling in both legs, improving.','{}',b'0','N','admin','2025-06-02 17:29:00',b'1','Reserv29','Reserv29',29,'admin','2025-06-02 17:29:00',29,29,'Vehica29',29,29,'Sexual29',b'1',5,'admin','2025-06-02 17:29:00','Reserv29','Monthl29'),(30,1000003230,30,'Title30','Rukmini','Shalini','Chauhan','Status30',30,'Female',30,'Marita30','2025-07-03 08:30:00',3,'1963-04-15 00:00:00','Lakshman Chauhan','Trupti Chauhan','Narendra Chauhan',b'1',30,'Health30','PlaceO30','Litera30',30,'educat30',30,'occupa30',30,'income30',30,'commun30',30,'religi30',30,'prefer30','Caller Rukmini Chauhan (mobile 8572782927) reports loose motions since yesterday; advised visit to PHC.',30,30,30,30,'Caller Rukmini Chauhan (mobile 8572782927) reports pain in lower abdomen; advised visit to PHC.','family30',30,'Headof30','Caller Rukmini Chauhan (mobile 8572782927) reports swelling in both legs; advised visit to PHC.','Caller Rukmini Chauhan (mobile 8572782927) reports pain in lower abdomen; advised visit to PHC.','{}',b'0','N','admin','2025-07-03 08:30:00',b'1','Reserv30','Reserv30',30,'admin','2025-07-03 08:30:00',30,30,'Vehica30',30,30,'Sexual30',b'1',5,'admin','2025-07-03 08:30:00','Reserv30','Monthl30'),(31,1000003341,31,'Title31','Madhav','Abhay','Rathore','Status31',31,'Male',31,'Marita31','2025-08-04 09:31:00',5,'1950-08-14 00:00:00','Lakshman Rathore','Jayshree Rathore','Urmila Rathore',b'1',31,'Health31','PlaceO31','Litera31',31,'educat31',31,'occupa31',31,'income31',31,'commun31',31,'religi31',31,'prefer31','Patient Madhav Rathore complains of headache and giddiness. Relative reachable on +91 7823444177. Aadhaar 508540339565 seen.',31,31,31,31,'Patient Madhav Rathore complains of pain in lower abdomen. Relative reachable on +91 7823444177. Aadhaar 508540339565 seen.','family31',31,'Headof31','Patient Madhav Rathore complains of swelling in both legs. Relative reachable on +91 7823444177. Aad','Patient Madhav Rathore complains of cough with sputum for two weeks. Relative reachable on +91 7823444177. Aadhaar 508540339565 seen.','{}',b'0','N','admin','2025-08-04 09:31:00',b'1','Reserv31','Reserv31',31,'admin','2025-08-04 09:31:00',31,31,'Vehica31',31,31,'Sexual31',b'1',3,'admin','2025-08-04 09:31:00','Reserv31','Monthl31'),(32,1000003452,32,'Title32','Tushar','Vasant','Bora','Status32',32,'Male',32,'Marita32','2025-09-05 10:32:00',1,'1987-06-11 00:00:00','Bhupinder Bora','Vaishali Bora','Bhagyashree Bora',b'1',32,'Health32','PlaceO32','Litera32',32,'educat32',32,'occupa32',32,'income32',32,'commun32',32,'religi32',32,'prefer32','Follow-up call to Tushar on 6927542299: pain in lower abdomen, improving.',32,32,32,32,'Follow-up call to Tushar on 6927542299: loose motions since yesterday, improving.','family32',32,'Headof32','Follow-up call to Tushar on 6927542299: headache and giddiness, improving.','Follow-up call to Tushar on 6927542299: swelling in both legs, improving.','{}',b'0','N','admin','2025-09-05 10:32:00',b'1','Reserv32','Reserv32',32,'admin','2025-09-05 10:32:00',32,32,'Vehica32',32,32,'Sexual32',b'1',4,'admin','2025-09-05 10:32:00','Reserv32','Monthl32'),(33,1000003563,33,'Title33','Ekta','Gayatri','Tripathi','Status33',33,'Female',33,'Marita33','2025-10-06 11:33:00',4,'1957-06-14 00:00:00','Raghunath Tripathi','Urmila Tripathi','Eshwar Tripathi',b'1',33,'Health33','PlaceO33','Litera33',33,'educat33',33,'occupa33',33,'income33',33,'commun33',33,'religi33',33,'prefer33','Caller Ekta Tripathi (mobile 7422782344) reports swelling in both legs; advised visit to PHC.',33,33,33,33,'Caller Ekta Tripathi (mobile 7422782344) reports loose motions since yesterday; advised visit to PHC.','family33',33,'Headof33','Caller Ekta Tripathi (mobile 7422782344) reports pain in lower abdomen; advised visit to PHC.','Caller Ekta Tripathi (mobile 7422782344) reports fever and body ache since 3 days; advised visit to PHC.','{}',b'0','N','admin','2025-10-06 11:33:00',b'1','Reserv33','Reserv33',33,'admin','2025-10-06 11:33:00',33,33,'Vehica33',33,33,'Sexual33',b'1',3,'admin','2025-10-06 11:33:00','Reserv33','Monthl33'),(34,1000003674,34,'Title34','Hemant','Chiranjeevi','Mishra','Status34',34,'Male',34,'Marita34','2025-11-07 12:34:00',3,'1973-10-23 00:00:00','Jitendra Mishra','Jayshree Mishra','Malati Mishra',b'1',34,'Health34','PlaceO34','Litera34',34,'educat34',34,'occupa34',34,'income34',34,'commun34',34,'religi34',34,'prefer34','Patient Hemant Mishra complains of pain in lower abdomen. Relative reachable on +91 7513181717. Aadhaar 286189853983 seen.',34,34,34,34,'Patient Hemant Mishra complains of headache and giddiness. Relative reachable on +91 7513181717. Aadhaar 286189853983 seen.','family34',34,'Headof34','Patient Hemant Mishra complains of pain in lower abdomen. Relative reachable on +91 7513181717. Aadh','Patient Hemant Mishra complains of headache and giddiness. Relative reachable on +91 7513181717. Aadhaar 286189853983 seen.','{}',b'0','N','admin','2025-11-07 12:34:00',b'1','Reserv34','Reserv34',34,'admin','2025-11-07 12:34:00',34,34,'Vehica34',34,34,'Sexual34',b'1',5,'admin','2025-11-07 12:34:00','Reserv34','Monthl34'),(35,1000003785,35,'Title35','Hemlata','Rukmini','Bora','Status35',35,'Female',35,'Marita35','2025-12-08 13:35:00',3,'1952-04-16 00:00:00','Omkar Bora','Urmila Bora','Eshwar Bora',b'1',35,'Health35','PlaceO35','Litera35',35,'educat35',35,'occupa35',35,'income35',35,'commun35',35,'religi35',35,'prefer35','Follow-up call to Hemlata on 8344417730: pain in lower abdomen, improving.',35,35,35,35,'Follow-up call to Hemlata on 8344417730: pain in lower abdomen, improving.','family35',35,'Headof35','Follow-up call to Hemlata on 8344417730: pain in lower abdomen, improving.','Follow-up call to Hemlata on 8344417730: swelling in both legs, improving.','{}',b'0','N','admin','2025-12-08 13:35:00',b'1','Reserv35','Reserv35',35,'admin','2025-12-08 13:35:00',35,35,'Vehica35',35,35,'Sexual35',b'1',1,'admin','2025-12-08 13:35:00','Reserv35','Monthl35'),(36,1000003896,36,'Title36','Kalpana','Shalini','Saikia','Status36',36,'Female',36,'Marita36','2025-01-09 14:36:00',2,'1994-07-16 00:00:00','Eshwar Saikia','Nirmala Saikia','Raghunath Saikia',b'1',36,'Health36','PlaceO36','Litera36',36,'educat36',36,'occupa36',36,'income36',36,'commun36',36,'religi36',36,'prefer36','Caller Kalpana Saikia (mobile 8214951318) reports swelling in both legs; advised visit to PHC.',36,36,36,36,'Caller Kalpana Saikia (mobile 8214951318) reports pain in lower abdomen; advised visit to PHC.','family36',36,'Headof36','Caller Kalpana Saikia (mobile 8214951318) reports cough with sputum for two weeks; advised visit to ','Caller Kalpana Saikia (mobile 8214951318) reports cough with sputum for two weeks; advised visit to PHC.','{}',b'0','N','admin','2025-01-09 14:36:00',b'1','Reserv36','Reserv36',36,'admin','2025-01-09 14:36:00',36,36,'Vehica36',36,36,'Sexual36',b'1',1,'admin','2025-01-09 14:36:00','Reserv36','Monthl36'),(37,1000004007,37,'Title37','Narendra','Narendra','Tripathi','Status37',37,'Male',37,'Marita37','2025-02-10 15:37:00',1,'1984-06-22 00:00:00','Hemant Tripathi','Jayshree Tripathi','Vaishali Tripathi',b'1',37,'Health37','PlaceO37','Litera37',37,'educat37',37,'occupa37',37,'income37',37,'commun37',37,'religi37',37,'prefer37','Patient Narendra Tripathi complains of headache and giddiness. Relative reachable on +91 8642932642. Aadhaar 808905685808 seen.',37,37,37,37,'Patient Narendra Tripathi complains of headache and giddiness. Relative reachable on +91 8642932642. Aadhaar 808905685808 seen.','family37',37,'Headof37','Patient Narendra Tripathi complains of fever and body ache since 3 days. Relative reachable on +91 8','Patient Narendra Tripathi complains of swelling in both legs. Relative reachable on +91 8642932642. Aadhaar 808905685808 seen.','{}',b'0','N','admin','2025-02-10 15:37:00',b'1','Reserv37','Reserv37',37,'admin','2025-02-10 15:37:00',37,37,'Vehica37',37,37,'Sexual37',b'1',1,'admin','2025-02-10 15:37:00','Reserv37','Monthl37'),(38,1000004118,38,'Title38','Kalpana','Jayshree','Naidu','Status38',38,'Female',38,'Marita38','2025-03-11 16:38:00',2,'1996-09-01 00:00:00','Chiranjeevi Naidu','Ekta Naidu','Madhav Naidu',b'1',38,'Health38','PlaceO38','Litera38',38,'educat38',38,'occupa38',38,'income38',38,'commun38',38,'religi38',38,'prefer38','Follow-up call to Kalpana on 9318171712: pain in lower abdomen, improving.',38,38,38,38,'Follow-up call to Kalpana on 9318171712: swelling in both legs, improving.','family38',38,'Headof38','Follow-up call to Kalpana on 9318171712: headache and giddiness, improving.','Follow-up call to Kalpana on 9318171712: headache and giddiness, improving.','{}',b'0','N','admin','2025-03-11 16:38:00',b'1','Reserv38','Reserv38',38,'admin','2025-03-11 16:38:00',38,38,'Vehica38',38,38,'Sexual38',b'1',5,'admin','2025-03-11 16:38:00','Reserv38','Monthl38'),(39,1000004229,39,'Title39','Malati','Rukmini','Hazarika','Status39',39,'Female',39,'Marita39','2025-04-12 17:39:00',2,'1968-07-24 00:00:00','Umesh Hazarika','Ekta Hazarika','Raghunath Hazarika',b'1',39,'Health39','PlaceO39','Litera39',39,'educat39',39,'occupa39',39,'income39',39,'commun39',39,'religi39',39,'prefer39','Caller Malati Hazarika (mobile 6075464293) reports fever and body ache since 3 days; advised visit to PHC.',39,39,39,39,'Caller Malati Hazarika (mobile 6075464293) reports fever and body ache since 3 days; advised visit to PHC.','family39',39,'Headof39','Caller Malati Hazarika (mobile 6075464293) reports loose motions since yesterday; advised visit to P','Caller Malati Hazarika (mobile 6075464293) reports pain in lower abdomen; advised visit to PHC.','{}',b'0','N','admin','2025-04-12 17:39:00',b'1','Reserv39','Reserv39',39,'admin','2025-04-12 17:39:00',39,39,'Vehica39',39,39,'Sexual39',b'1',4,'admin','2025-04-12 17:39:00','Reserv39','Monthl39'),(40,1000004340,40,'Title40','Yashoda','Kalpana','Bhattacharya','Status40',40,'Female',40,'Marita40','2025-05-13 08:40:00',1,'1953-03-23 00:00:00','Umesh Bhattacharya','Leela Bhattacharya','Tushar Bhattacharya',b'1',40,'Health40','PlaceO40','Litera40',40,'educat40',40,'occupa40',40,'income40',40,'commun40',40,'religi40',40,'prefer40','Patient Yashoda Bhattacharya complains of pain in lower abdomen. Relative reachable on +91 6149272401. Aadhaar 845727829279 seen.',40,40,40,40,'Patient Yashoda Bhattacharya complains of loose motions since yesterday. Relative reachable on +91 6149272401. Aadhaar 845727829279 seen.','family40',40,'Headof40','Patient Yashoda Bhattacharya complains of pain in lower abdomen. Relative reachable on +91 614927240','Patient Yashoda Bhattacharya complains of swelling in both legs. Relative reachable on +91 6149272401. Aadhaar 845727829279 seen.','{}',b'0','N','admin','2025-05-13 08:40:00',b'1','Reserv40','Reserv40',40,'admin','2025-05-13 08:40:00',40,40,'Vehica40',40,40,'Sexual40',b'1',5,'admin','2025-05-13 08:40:00','Reserv40','Monthl40'),(41,1000004451,41,'Title41','Madhav','Shailesh','Saikia','Status41',41,'Male',41,'Marita41','2025-06-14 09:41:00',4,'1997-12-02 00:00:00','Narendra Saikia','Kusum Saikia','Shalini Saikia',b'1',41,'Health41','PlaceO41','Litera41',41,'educat41',41,'occupa41',41,'income41',41,'commun41',41,'religi41',41,'prefer41','Follow-up call to Madhav on 6293264251: cough with sputum for two weeks, improving.',41,41,41,41,'Follow-up call to Madhav on 6293264251: pain in lower abdomen, improving.','family41',41,'Headof41','Follow-up call to Madhav on 6293264251: swelling in both legs, improving.','Follow-up call to Madhav on 6293264251: headache and giddiness, improving.','{}',b'0','N','admin','2025-06-14 09:41:00',b'1','Reserv41','Reserv41',41,'admin','2025-06-14 09:41:00',41,41,'Vehica41',41,41,'Sexual41',b'1',4,'admin','2025-06-14 09:41:00','Reserv41','Monthl41'),(42,1000004562,42,'Title42','Charulata','Shalini','Gowda','Status42',42,'Female',42,'Marita42','2025-07-15 10:42:00',5,'1980-03-03 00:00:00','Kamlesh Gowda','Yashoda Gowda','Jitendra Gowda',b'1',42,'Health42','PlaceO42','Litera42',42,'educat42',42,'occupa42',42,'income42',42,'commun42',42,'religi42',42,'prefer42','Caller Charulata Gowda (mobile 8374414927) reports headache and giddiness; advised visit to PHC.',42,42,42,42,'Caller Charulata Gowda (mobile 8374414927) reports loose motions since yesterday; advised visit to PHC.','family42',42,'Headof42','Caller Charulata Gowda (mobile 8374414927) reports headache and giddiness; advised visit to PHC.','Caller Charulata Gowda (mobile 8374414927) reports swelling in both legs; advised visit to PHC.','{}',b'0','N','admin','2025-07-15 10:42:00',b'1','Reserv42','Reserv42',42,'admin','2025-07-15 10:42:00',42,42,'Vehica42',42,42,'Sexual42',b'1',1,'admin','2025-07-15 10:42:00','Reserv42','Monthl42'),(43,1000004673,43,'Title43','Padmini','Bhagyashree','Pillai','Status43',43,'Female',43,'Marita43','2025-08-16 11:43:00',3,'1985-06-16 00:00:00','Parag Pillai','Charulata Pillai','Umesh Pillai',b'1',43,'Health43','PlaceO43','Litera43',43,'educat43',43,'occupa43',43,'income43',43,'commun43',43,'religi43',43,'prefer43','Patient Padmini Pillai complains of pain in lower abdomen. Relative reachable on +91 7443251942. Aadhaar 254227823442 seen.',43,43,43,43,'Patient Padmini Pillai complains of pain in lower abdomen. Relative reachable on +91 7443251942. Aadhaar 254227823442 seen.','family43',43,'Headof43','Patient Padmini Pillai complains of loose motions since yesterday. Relative reachable on +91 7443251','Patient Padmini Pillai complains of swelling in both legs. Relative reachable on +91 7443251942. Aadhaar 254227823442 seen.','{}',b'0','N','admin','2025-08-16 11:43:00',b'1','Reserv43','Reserv43',43,'admin','2025-08-16 11:43:00',43,43,'Vehica43',43,43,'Sexual43',b'1',4,'admin','2025-08-16 11:43:00','Reserv43','Monthl43'),(44,1000004784,44,'Title44','Umesh','Madhav','Pillai','Status44',44,'Male',44,'Marita44','2025-09-17 12:44:00',1,'1976-12-23 00:00:00','Yogendra Pillai','Malati Pillai','Aparna Pillai',b'1',44,'Health44','PlaceO44','Litera44',44,'educat44',44,'occupa44',44,'income44',44,'commun44',44,'religi44',44,'prefer44','Follow-up call to Umesh on 8927240128: loose motions since yesterday, improving.',44,44,44,44,'Follow-up call to Umesh on 8927240128: pain in lower abdomen, improving.','family44',44,'Headof44','Follow-up call to Umesh on 8927240128: cough with sputum for two weeks, improving.','Follow-up call to Umesh on 8927240128: headache and giddiness, improving.','{}',b'0','N','admin','2025-09-17 12:44:00',b'1','Reserv44','Reserv44',44,'admin','2025-09-17 12:44:00',44,44,'Vehica44',44,44,'Sexual44',b'1',5,'admin','2025-09-17 12:44:00','Reserv44','Monthl44'),(45,1000004895,45,'Title45','Omkar','Jitendra','Gowda','Status45',45,'Male',45,'Marita45','2025-10-18 13:45:00',3,'1967-11-27 00:00:00','Bhupinder Gowda','Aparna Gowda','Malati Gowda',b'1',45,'Health45','PlaceO45','Litera45',45,'educat45',45,'occupa45',45,'income45',45,'commun45',45,'religi45',45,'prefer45','Caller Omkar Gowda (mobile 7913744325) reports fever and body ache since 3 days; advised visit to PHC.',45,45,45,45,'Caller Omkar Gowda (mobile 7913744325) reports swelling in both legs; advised visit to PHC.','family45',45,'Headof45','Caller Omkar Gowda (mobile 7913744325) reports pain in lower abdomen; advised visit to PHC.','Caller Omkar Gowda (mobile 7913744325) reports pain in lower abdomen; advised visit to PHC.','{}',b'0','N','admin','2025-10-18 13:45:00',b'1','Reserv45','Reserv45',45,'admin','2025-10-18 13:45:00',45,45,'Vehica45',45,45,'Sexual45',b'1',1,'admin','2025-10-18 13:45:00','Reserv45','Monthl45'),(46,1000005006,46,'Title46','Leela','Yashoda','Chauhan','Status46',46,'Female',46,'Marita46','2025-11-19 14:46:00',3,'1966-07-15 00:00:00','Yogendra Chauhan','Yashoda Chauhan','Vasant Chauhan',b'1',46,'Health46','PlaceO46','Litera46',46,'educat46',46,'occupa46',46,'income46',46,'commun46',46,'religi46',46,'prefer46','Patient Leela Chauhan complains of fever and body ache since 3 days. Relative reachable on +91 6870609001. Aadhaar 582149513187 seen.',46,46,46,46,'Patient Leela Chauhan complains of loose motions since yesterday. Relative reachable on +91 6870609001. Aadhaar 582149513187 seen.','family46',46,'Headof46','Patient Leela Chauhan complains of cough with sputum for two weeks. Relative reachable on +91 687060','Patient Leela Chauhan complains of swelling in both legs. Relative reachable on +91 6870609001. Aadhaar 582149513187 seen.','{}',b'0','N','admin','2025-11-19 14:46:00',b'1','Reserv46','Reserv46',46,'admin','2025-11-19 14:46:00',46,46,'Vehica46',46,46,'Sexual46',b'1',3,'admin','2025-11-19 14:46:00','Reserv46','Monthl46'),(47,1000005117,47,'Title47','Raghunath','Madhav','Kalita','Status47',47,'Male',47,'Marita47','2025-12-20 15:47:00',2,'1988-07-26 00:00:00','Omkar Kalita','Aparna Kalita','Bhagyashree Kalita',b'1',47,'Health47','PlaceO47','Litera47',47,'educat47',47,'occupa47',47,'income47',47,'commun47',47,'religi47',47,'prefer47','Follow-up call to Raghunath on 8325194271: loose motions since yesterday, improving.',47,47,47,47,'Follow-up call to Raghunath on 8325194271: loose motions since yesterday, improving.','family47',47,'Headof47','Follow-up call to Raghunath on 8325194271: cough with sputum for two weeks, improving.','Follow-up call to Raghunath on 8325194271: fever and body ache since 3 days, improving.','{}',b'0','N','admin','2025-12-20 15:47:00',b'1','Reserv47','Reserv47',47,'admin','2025-12-20 15:47:00',47,47,'Vehica47',47,47,'Sexual47',b'1',4,'admin','2025-12-20 15:47:00','Reserv47','Monthl47'),(48,1000005228,48,'Title48','Shalini','Hemlata','Mishra','Status48',48,'Female',48,'Marita48','2025-01-21 16:48:00',4,'1984-09-22 00:00:00','Kamlesh Mishra','Kusum Mishra','Omkar Mishra',b'1',48,'Health48','PlaceO48','Litera48',48,'educat48',48,'occupa48',48,'income48',48,'commun48',48,'religi48',48,'prefer48','Caller Shalini Mishra (mobile 6804887060) reports swelling in both legs; advised visit to PHC.',48,48,48,48,'Caller Shalini Mishra (mobile 6804887060) reports fever and body ache since 3 days; advised visit to PHC.','family48',48,'Headof48','Caller Shalini Mishra (mobile 6804887060) reports cough with sputum for two weeks; advised visit to ','Caller Shalini Mishra (mobile 6804887060) reports headache and giddiness; advised visit to PHC.','{}',b'0','N','admin','2025-01-21 16:48:00',b'1','Reserv48','Reserv48',48,'admin','2025-01-21 16:48:00',48,48,'Vehica48',48,48,'Sexual48',b'1',2,'admin','2025-01-21 16:48:00','Reserv48','Monthl48'),(49,1000005339,49,'Title49','Aparna','Vaishali','Mishra','Status49',49,'Female',49,'Marita49','2025-02-22 17:49:00',3,'1987-12-20 00:00:00','Hemant Mishra','Urmila Mishra','Yogendra Mishra',b'1',49,'Health49','PlaceO49','Litera49',49,'educat49',49,'occupa49',49,'income49',49,'commun49',49,'religi49',49,'prefer49','Patient Aparna Mishra complains of pain in lower abdomen. Relative reachable on +91 7002002013. Aadhaar 960754642939 seen.',49,49,49,49,'Patient Aparna Mishra complains of fever and body ache since 3 days. Relative reachable on +91 7002002013. Aadhaar 960754642939 seen.','family49',49,'Headof49','Patient Aparna Mishra complains of pain in lower abdomen. Relative reachable on +91 7002002013. Aadh','Patient Aparna Mishra complains of loose motions since yesterday. Relative reachable on +91 7002002013. Aadhaar 960754642939 seen.','{}',b'0','N','admin','2025-02-22 17:49:00',b'1','Reserv49','Reserv49',49,'admin','2025-02-22 17:49:00',49,49,'Vehica49',49,49,'Sexual49',b'1',1,'admin','2025-02-22 17:49:00','Reserv49','Monthl49'),(50,1000005450,50,'Title50','Yashoda','Bhagyashree','Kulkarni','Status50',50,'Female',50,'Marita50','2025-03-23 08:50:00',4,'1991-02-19 00:00:00','Madhav Kulkarni','Yashoda Kulkarni','Madhav Kulkarni',b'1',50,'Health50','PlaceO50','Litera50',50,'educat50',50,'occupa50',50,'income50',50,'commun50',50,'religi50',50,'prefer50','Follow-up call to Yashoda on 9060900158: loose motions since yesterday, improving.',50,50,50,50,'Follow-up call to Yashoda on 9060900158: pain in lower abdomen, improving.','family50',50,'Headof50','Follow-up call to Yashoda on 9060900158: pain in lower abdomen, improving.','Follow-up call to Yashoda on 9060900158: headache and giddiness, improving.','{}',b'0','N','admin','2025-03-23 08:50:00',b'1','Reserv50','Reserv50',50,'admin','2025-03-23 08:50:00',50,50,'Vehica50',50,50,'Sexual50',b'1',1,'admin','2025-03-23 08:50:00','Reserv50','Monthl50'),(51,1000005561,51,'Title51','Gayatri','Damayanti','Kalita','Status51',51,'Female',51,'Marita51','2025-04-24 09:51:00',3,'1982-04-22 00:00:00','Shailesh Kalita','Leela Kalita','Eshwar Kalita',b'1',51,'Health51','PlaceO51','Litera51',51,'educat51',51,'occupa51',51,'income51',51,'commun51',51,'religi51',51,'prefer51','Caller Gayatri Kalita (mobile 7077100200) reports pain in lower abdomen; advised visit to PHC.',51,51,51,51,'Caller Gayatri Kalita (mobile 7077100200) reports headache and giddiness; advised visit to PHC.','family51',51,'Headof51','Caller Gayatri Kalita (mobile 7077100200) reports cough with sputum for two weeks; advised visit to ','Caller Gayatri Kalita (mobile 7077100200) reports loose motions since yesterday; advised visit to PHC.','{}',b'0','N','admin','2025-04-24 09:51:00',b'1','Reserv51','Reserv51',51,'admin','2025-04-24 09:51:00',51,51,'Vehica51',51,51,'Sexual51',b'1',4,'admin','2025-04-24 09:51:00','Reserv51','Monthl51'),(52,1000005672,52,'Title52','Charulata','Shalini','Chauhan','Status52',52,'Female',52,'Marita52','2025-05-25 10:52:00',2,'2005-02-25 00:00:00','Jitendra Chauhan','Padmini Chauhan','Eshwar Chauhan',b'1',52,'Health52','PlaceO52','Litera52',52,'educat52',52,'occupa52',52,'income52',52,'commun52',52,'religi52',52,'prefer52','Patient Charulata Chauhan complains of headache and giddiness. Relative reachable on +91 6924610801. Aadhaar 503744149272 seen.',52,52,52,52,'Patient Charulata Chauhan complains of swelling in both legs. Relative reachable on +91 6924610801. Aadhaar 503744149272 seen.','family52',52,'Headof52','Patient Charulata Chauhan complains of swelling in both legs. Relative reachable on +91 6924610801. ','Patient Charulata Chauhan complains of headache and giddiness. Relative reachable on +91 6924610801. Aadhaar 503744149272 seen.','{}',b'0','N','admin','2025-05-25 10:52:00',b'1','Reserv52','Reserv52',52,'admin','2025-05-25 10:52:00',52,52,'Vehica52',52,52,'Sexual52',b'1',3,'admin','2025-05-25 10:52:00','Reserv52','Monthl52'),(53,1000005783,53,'Title53','Rukmini','Rukmini','Joshi','Status53',53,'Female',53,'Marita53','2025-06-26 11:53:00',1,'1952-12-22 00:00:00','Bhupinder Joshi','Aparna Joshi','Girish Joshi',b'1',53,'Health53','PlaceO53','Litera53',53,'educat53',53,'occupa53',53,'income53',53,'commun53',53,'religi53',53,'prefer53','Follow-up call to Rukmini on 8200201367: fever and body ache since 3 days, improving.',53,53,53,53,'Follow-up call to Rukmini on 8200201367: cough with sputum for two weeks, improving.','family53',53,'Headof53','Follow-up call to Rukmini on 8200201367: headache and giddiness, improving.','Follow-up call to Rukmini on 8200201367: fever and body ache since 3 days, improving.','{}',b'0','N','admin','2025-06-26 11:53:00',b'1','Reserv53','Reserv53',53,'admin','2025-06-26 11:53:00',53,53,'Vehica53',53,53,'Sexual53',b'1',3,'admin','2025-06-26 11:53:00','Reserv53','Monthl53'),(54,1000005894,54,'Title54','Shalini','Urmila','Menon','Status54',54,'Female',54,'Marita54','2025-07-27 12:54:00',4,'1968-05-24 00:00:00','Omkar Menon','Bhagyashree Menon','Lakshman Menon',b'1',54,'Health54','PlaceO54','Litera54',54,'educat54',54,'occupa54',54,'income54',54,'commun54',54,'religi54',54,'prefer54','Caller Shalini Menon (mobile 8626892461) reports fever and body ache since 3 days; advised visit to PHC.',54,54,54,54,'Caller Shalini Menon (mobile 8626892461) reports headache and giddiness; advised visit to PHC.','family54',54,'Headof54','Caller Shalini Menon (mobile 8626892461) reports pain in lower abdomen; advised visit to PHC.','Caller Shalini Menon (mobile 8626892461) reports swelling in both legs; advised visit to PHC.','{}',b'0','N','admin','2025-07-27 12:54:00',b'1','Reserv54','Reserv54',54,'admin','2025-07-27 12:54:00',54,54,'Vehica54',54,54,'Sexual54',b'1',3,'admin','2025-07-27 12:54:00','Reserv54','Monthl54'),(55,1000006005,55,'Title55','Nirmala','Leela','Rathore','Status55',55,'Female',55,'Marita55','2025-08-28 13:55:00',1,'1988-08-12 00:00:00','Parag Rathore','Leela Rathore','Chiranjeevi Rathore',b'1',55,'Health55','PlaceO55','Litera55',55,'educat55',55,'occupa55',55,'income55',55,'commun55',55,'religi55',55,'prefer55','Patient Nirmala Rathore complains of headache and giddiness. Relative reachable on +91 9947331052. Aadhaar 979137443256 seen.',55,55,55,55,'Patient Nirmala Rathore complains of swelling in both legs. Relative reachable on +91 9947331052. Aadhaar 979137443256 seen.','family55',55,'Headof55','Patient Nirmala Rathore complains of headache and giddiness. Relative reachable on +91 9947331052. A','Patient Nirmala Rathore complains of fever and body ache since 3 days. Relative reachable on +91 9947331052. Aadhaar 979137443256 seen.','{}',b'0','N','admin','2025-08-28 13:55:00',b'1','Reserv55','Reserv55',55,'admin','2025-08-28 13:55:00',55,55,'Vehica55',55,55,'Sexual55',b'1',4,'admin','2025-08-28 13:55:00','Reserv55','Monthl55'),(56,1000006116,56,'Title56','Jitendra','Narendra','Chatterjee','Status56',56,'Male',56,'Marita56','2025-09-01 14:56:00',2,'1999-11-15 00:00:00','Madhav Chatterjee','Shalini Chatterjee','Kusum Chatterjee',b'1',56,'Health56','PlaceO56','Litera56',56,'educat56',56,'occupa56',56,'income56',56,'commun56',56,'religi56',56,'prefer56','Follow-up call to Jitendra on 6461080174: swelling in both legs, improving.',56,56,56,56,'Follow-up call to Jitendra on 6461080174: pain in lower abdomen, improving.','family56',56,'Headof56','Follow-up call to Jitendra on 6461080174: swelling in both legs, improving.','Follow-up call to Jitendra on 6461080174: pain in lower abdomen, improving.','{}',b'0','N','admin','2025-09-01 14:56:00',b'1','Reserv56','Reserv56',56,'admin','2025-09-01 14:56:00',56,56,'Vehica56',56,56,'Sexual56',b'1',4,'admin','2025-09-01 14:56:00','Reserv56','Monthl56'),(57,1000006227,57,'Title57','Rukmini','Nirmala','Gowda','Status57',57,'Female',57,'Marita57','2025-10-02 15:57:00',4,'1965-04-14 00:00:00','Dhananjay Gowda','Leela Gowda','Bhupinder Gowda',b'1',57,'Health57','PlaceO57','Litera57',57,'educat57',57,'occupa57',57,'income57',57,'commun57',57,'religi57',57,'prefer57','Caller Rukmini Gowda (mobile 9753594733) reports headache and giddiness; advised visit to PHC.',57,57,57,57,'Caller Rukmini Gowda (mobile 9753594733) reports cough with sputum for two weeks; advised visit to PHC.','family57',57,'Headof57','Caller Rukmini Gowda (mobile 9753594733) reports pain in lower abdomen; advised visit to PHC.','Caller Rukmini Gowda (mobile 9753594733) reports cough with sputum for two weeks; advised visit to PHC.','{}',b'0','N','admin','2025-10-02 15:57:00',b'1','Reserv57','Reserv57',57,'admin','2025-10-02 15:57:00',57,57,'Vehica57',57,57,'Sexual57',b'1',2,'admin','2025-10-02 15:57:00','Reserv57','Monthl57'),(58,1000006338,58,'Title58','Kamlesh','Hemant','Gowda','Status58',58,'Male',58,'Marita58','2025-11-03 16:58:00',5,'1975-01-24 00:00:00','Girish Gowda','Rukmini Gowda','Yashoda Gowda',b'1',58,'Health58','PlaceO58','Litera58',58,'educat58',58,'occupa58',58,'income58',58,'commun58',58,'religi58',58,'prefer58','Patient Kamlesh Gowda complains of loose motions since yesterday. Relative reachable on +91 6193210499. Aadhaar 368048870605 seen.',58,58,58,58,'Patient Kamlesh Gowda complains of swelling in both legs. Relative reachable on +91 6193210499. Aadhaar 368048870605 seen.','family58',58,'Headof58','Patient Kamlesh Gowda complains of loose motions since yesterday. Relative reachable on +91 61932104','Patient Kamlesh Gowda complains of fever and body ache since 3 days. Relative reachable on +91 6193210499. Aadhaar 368048870605 seen.','{}',b'0','N','admin','2025-11-03 16:58:00',b'1','Reserv58','Reserv58',58,'admin','2025-11-03 16:58:00',58,58,'Vehica58',58,58,'Sexual58',b'1',2,'admin','2025-11-03 16:58:00','Reserv58','Monthl58'),(59,1000006449,59,'Title59','Shailesh','Umesh','Pandey','Status59',59,'Male',59,'Marita59','2025-12-04 17:59:00',5,'1983-01-28 00:00:00','Narendra Pandey','Charulata Pandey','Urmila Pandey',b'1',59,'Health59','PlaceO59','Litera59',59,'educat59',59,'occupa59',59,'income59',59,'commun59',59,'religi59',59,'prefer59','Follow-up call to Shailesh on 6733105239: pain in lower abdomen, improving.',59,59,59,59,'Follow-up call to Shailesh on 6733105239: headache and giddiness, improving.','family59',59,'Headof59','Follow-up call to Shailesh on 6733105239: loose motions since yesterday, improving.','Follow-up call to Shailesh on 6733105239: pain in lower abdomen, improving.','{}',b'0','N','admin','2025-12-04 17:59:00',b'1','Reserv59','Reserv59',59,'admin','2025-12-04 17:59:00',59,59,'Vehica59',59,59,'Sexual59',b'1',1,'admin','2025-12-04 17:59:00','Reserv59','Monthl59'),(60,1000006560,60,'Title60','Raghunath','Yogendra','Thakur','Status60',60,'Male',60,'Marita60','2025-01-05 08:00:00',5,'1996-03-09 00:00:00','Lakshman Thakur','Kalpana Thakur','Kalpana Thakur',b'1',60,'Health60','PlaceO60','Litera60',60,'educat60',60,'occupa60',60,'income60',60,'commun60',60,'religi60',60,'prefer60','Caller Raghunath Thakur (mobile 6576219321) reports swelling in both legs; advised visit to PHC.',60,60,60,60,'Caller Raghunath Thakur (mobile 6576219321) reports fever and body ache since 3 days; advised visit to PHC.','family60',60,'Headof60','Caller Raghunath Thakur (mobile 6576219321) reports loose motions since yesterday; advised visit to ','Caller Raghunath Thakur (mobile 6576219321) reports pain in lower abdomen; advised visit to PHC.','{}',b'0','N','admin','2025-01-05 08:00:00',b'1','Reserv60','Reserv60',60,'admin','2025-01-05 08:00:00',60,60,'Vehica60',60,60,'Sexual60',b'1',1,'admin','2025-01-05 08:00:00','Reserv60','Monthl60'),(61,1000006671,61,'Title61','Bhagyashree','Kusum','Bora','Status61',61,'Female',61,'Marita61','2025-02-06 09:01:00',5,'2008-09-21 00:00:00','Raghunath Bora','Aparna Bora','Hemant Bora',b'1',61,'Health61','PlaceO61','Litera61',61,'educat61',61,'occupa61',61,'income61',61,'commun61',61,'religi61',61,'prefer61','Patient Bhagyashree Bora complains of fever and body ache since 3 days. Relative reachable on +91 9915371268. Aadhaar 870771002003 seen.',61,61,61,61,'Patient Bhagyashree Bora complains of loose motions since yesterday. Relative reachable on +91 9915371268. Aadhaar 870771002003 seen.','family61',61,'Headof61','Patient Bhagyashree Bora complains of loose motions since yesterday. Relative reachable on +91 99153','Patient Bhagyashree Bora complains of swelling in both legs. Relative reachable on +91 9915371268. Aadhaar 870771002003 seen.','{}',b'0','N','admin','2025-02-06 09:01:00',b'1','Reserv61','Reserv61',61,'admin','2025-02-06 09:01:00',61,61,'Vehica61',61,61,'Sexual61',b'1',3,'admin','2025-02-06 09:01:00','Reserv61','Monthl61'),(62,1000006782,62,'Title62','Madhav','Omkar','Saikia','Status62',62,'Male',62,'Marita62','2025-03-07 10:02:00',4,'2006-02-15 00:00:00','Shailesh Saikia','Damayanti Saikia','Damayanti Saikia',b'1',62,'Health62','PlaceO62','Litera62',62,'educat62',62,'occupa62',62,'income62',62,'commun62',62,'religi62',62,'prefer62','Follow-up call to Madhav on 7321049926: cough with sputum for two weeks, improving.',62,62,62,62,'Follow-up call to Madhav on 7321049926: loose motions since yesterday, improving.','family62',62,'Headof62','Follow-up call to Madhav on 7321049926: fever and body ache since 3 days, improving.','Follow-up call to Madhav on 7321049926: cough with sputum for two weeks, improving.','{}',b'0','N','admin','2025-03-07 10:02:00',b'1','Reserv62','Reserv62',62,'admin','2025-03-07 10:02:00',62,62,'Vehica62',62,62,'Sexual62',b'1',5,'admin','2025-03-07 10:02:00','Reserv62','Monthl62'),(63,1000006893,63,'Title63','Jayshree','Urmila','Kulkarni','Status63',63,'Female',63,'Marita63','2025-04-08 11:03:00',2,'1981-05-23 00:00:00','Shailesh Kulkarni','Vaishali Kulkarni','Yogendra Kulkarni',b'1',63,'Health63','PlaceO63','Litera63',63,'educat63',63,'occupa63',63,'income63',63,'commun63',63,'religi63',63,'prefer63','Caller Jayshree Kulkarni (mobile 8371391537) reports cough with sputum for two weeks; advised visit to PHC.',63,63,63,63,'Caller Jayshree Kulkarni (mobile 8371391537) reports headache and giddiness; advised visit to PHC.','family63',63,'Headof63','Caller Jayshree Kulkarni (mobile 8371391537) reports loose motions since yesterday; advised visit to','Caller Jayshree Kulkarni (mobile 8371391537) reports fever and body ache since 3 days; advised visit to PHC.','{}',b'0','N','admin','2025-04-08 11:03:00',b'1','Reserv63','Reserv63',63,'admin','2025-04-08 11:03:00',63,63,'Vehica63',63,63,'Sexual63',b'1',5,'admin','2025-04-08 11:03:00','Reserv63','Monthl63'),(64,1000007004,64,'Title64','Yashoda','Yashoda','Saikia','Status64',64,'Female',64,'Marita64','2025-05-09 12:04:00',3,'1995-02-03 00:00:00','Jitendra Saikia','Leela Saikia','Dhananjay Saikia',b'1',64,'Health64','PlaceO64','Litera64',64,'educat64',64,'occupa64',64,'income64',64,'commun64',64,'religi64',64,'prefer64','Patient Yashoda Saikia complains of cough with sputum for two weeks. Relative reachable on +91 7881825336. Aadhaar 486268924615 seen.',64,64,64,64,'Patient Yashoda Saikia complains of loose motions since yesterday. Relative reachable on +91 7881825336. Aadhaar 486268924615 seen.','family64',64,'Headof64','Patient Yashoda Saikia complains of swelling in both legs. Relative reachable on +91 7881825336. Aad','Patient Yashoda Saikia complains of loose motions since yesterday. Relative reachable on +91 7881825336. Aadhaar 486268924615 seen.','{}',b'0','N','admin','2025-05-09 12:04:00',b'1','Reserv64','Reserv64',64,'admin','2025-05-09 12:04:00',64,64,'Vehica64',64,64,'Sexual64',b'1',4,'admin','2025-05-09 12:04:00','Reserv64','Monthl64'),(65,1000007115,65,'Title65','Madhav','Vasant','Joshi','Status65',65,'Male',65,'Marita65','2025-06-10 13:05:00',2,'1969-04-22 00:00:00','Vasant Joshi','Ekta Joshi','Kusum Joshi',b'1',65,'Health65','PlaceO65','Litera65',65,'educat65',65,'occupa65',65,'income65',65,'commun65',65,'religi65',65,'prefer65','Follow-up call to Madhav on 7537126849: loose motions since yesterday, improving.',65,65,65,65,'Follow-up call to Madhav on 7537126849: headache and giddiness, improving.','family65',65,'Headof65','Follow-up call to Madhav on 7537126849: fever and body ache since 3 days, improving.','Follow-up call to Madhav on 7537126849: fever and body ache since 3 days, improving.','{}',b'0','N','admin','2025-06-10 13:05:00',b'1','Reserv65','Reserv65',65,'admin','2025-06-10 13:05:00',65,65,'Vehica65',65,65,'Sexual65',b'1',5,'admin','2025-06-10 13:05:00','Reserv65','Monthl65'),(66,1000007226,66,'Title66','Hemant','Hemant','Thakur','Status66',66,'Male',66,'Marita66','2025-07-11 14:06:00',3,'1965-05-18 00:00:00','Girish Thakur','Bhagyashree Thakur','Bhagyashree Thakur',b'1',66,'Health66','PlaceO66','Litera66',66,'educat66',66,'occupa66',66,'income66',66,'commun66',66,'religi66',66,'prefer66','Caller Hemant Thakur (mobile 8589988182) reports fever and body ache since 3 days; advised visit to PHC.',66,66,66,66,'Caller Hemant Thakur (mobile 8589988182) reports swelling in both legs; advised visit to PHC.','family66',66,'Headof66','Caller Hemant Thakur (mobile 8589988182) reports fever and body ache since 3 days; advised visit to ','Caller Hemant Thakur (mobile 8589988182) reports pain in lower abdomen; advised visit to PHC.','{}',b'0','N','admin','2025-07-11 14:06:00',b'1','Reserv66','Reserv66',66,'admin','2025-07-11 14:06:00',66,66,'Vehica66',66,66,'Sexual66',b'1',3,'admin','2025-07-11 14:06:00','Reserv66','Monthl66'),(67,1000007337,67,'Title67','Umesh','Parag','Rathore','Status67',67,'Male',67,'Marita67','2025-08-12 15:07:00',5,'1955-12-13 00:00:00','Hemant Rathore','Yashoda Rathore','Trupti Rathore',b'1',67,'Health67','PlaceO67','Litera67',67,'educat67',67,'occupa67',67,'income67',67,'commun67',67,'religi67',67,'prefer67','Patient Umesh Rathore complains of cough with sputum for two weeks. Relative reachable on +91 9791888499. Aadhaar 297535947331 seen.',67,67,67,67,'Patient Umesh Rathore complains of headache and giddiness. Relative reachable on +91 9791888499. Aadhaar 297535947331 seen.','family67',67,'Headof67','Patient Umesh Rathore complains of loose motions since yesterday. Relative reachable on +91 97918884','Patient Umesh Rathore complains of swelling in both legs. Relative reachable on +91 9791888499. Aadhaar 297535947331 seen.','{}',b'0','N','admin','2025-08-12 15:07:00',b'1','Reserv67','Reserv67',67,'admin','2025-08-12 15:07:00',67,67,'Vehica67',67,67,'Sexual67',b'1',2,'admin','2025-08-12 15:07:00','Reserv67','Monthl67'),(68,1000007448,68,'Title68','Bhupinder','Umesh','Tripathi','Status68',68,'Male',68,'Marita68','2025-09-13 16:08:00',1,'1950-12-08 00:00:00','Shailesh Tripathi','Jayshree Tripathi','Gayatri Tripathi',b'1',68,'Health68','PlaceO68','Litera68',68,'educat68',68,'occupa68',68,'income68',68,'commun68',68,'religi68',68,'prefer68','Follow-up call to Bhupinder on 6182533618: headache and giddiness, improving.',68,68,68,68,'Follow-up call to Bhupinder on 6182533618: fever and body ache since 3 days, improving.','family68',68,'Headof68','Follow-up call to Bhupinder on 6182533618: headache and giddiness, improving.','Follow-up call to Bhupinder on 6182533618: cough with sputum for two weeks, improving.','{}',b'0','N','admin','2025-09-13 16:08:00',b'1','Reserv68','Reserv68',68,'admin','2025-09-13 16:08:00',68,68,'Vehica68',68,68,'Sexual68',b'1',4,'admin','2025-09-13 16:08:00','Reserv68','Monthl68'),(69,1000007559,69,'Title69','Damayanti','Ekta','Hazarika','Status69',69,'Female',69,'Marita69','2025-10-14 17:09:00',2,'1970-12-07 00:00:00','Vasant Hazarika','Aparna Hazarika','Kamlesh Hazarika',b'1',69,'Health69','PlaceO69','Litera69',69,'educat69',69,'occupa69',69,'income69',69,'commun69',69,'religi69',69,'prefer69','Caller Damayanti Hazarika (mobile 8806579188) reports swelling in both legs; advised visit to PHC.',69,69,69,69,'Caller Damayanti Hazarika (mobile 8806579188) reports cough with sputum for two weeks; advised visit to PHC.','family69',69,'Headof69','Caller Damayanti Hazarika (mobile 8806579188) reports pain in lower abdomen; advised visit to PHC.','Caller Damayanti Hazarika (mobile 8806579188) reports loose motions since yesterday; advised visit to PHC.','{}',b'0','N','admin','2025-10-14 17:09:00',b'1','Reserv69','Reserv69',69,'admin','2025-10-14 17:09:00',69,69,'Vehica69',69,69,'Sexual69',b'1',2,'admin','2025-10-14 17:09:00','Reserv69','Monthl69');
/*!40000 ALTER TABLE `i_beneficiarydetails` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiarydetails_fsr`
--

DROP TABLE IF EXISTS `i_beneficiarydetails_fsr`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarydetails_fsr` (
  `BeneficiaryDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `TitleId` int(11) DEFAULT NULL,
  `Title` varchar(10) DEFAULT NULL,
  `FirstName` varchar(50) DEFAULT NULL,
  `MiddleName` varchar(50) DEFAULT NULL,
  `LastName` varchar(50) DEFAULT NULL,
  `Status` varchar(10) DEFAULT NULL,
  `GenderId` int(11) DEFAULT NULL,
  `Gender` varchar(20) DEFAULT NULL,
  `MaritalStatusId` int(11) DEFAULT NULL,
  `MaritalStatus` varchar(20) DEFAULT NULL,
  `MarriageDate` datetime DEFAULT NULL,
  `MarriageAge` smallint(6) DEFAULT NULL,
  `DOB` datetime DEFAULT NULL,
  `FatherName` varchar(50) DEFAULT NULL,
  `MotherName` varchar(50) DEFAULT NULL,
  `SpouseName` varchar(50) DEFAULT NULL,
  `EmergencyRegistration` bit(1) DEFAULT NULL,
  `HealthCareWorkerId` int(11) DEFAULT NULL,
  `HealthCareWorker` varchar(45) DEFAULT NULL,
  `PlaceOfWork` varchar(30) DEFAULT NULL,
  `LiteracyStatus` varchar(30) DEFAULT NULL,
  `educationId` int(11) DEFAULT NULL,
  `education` varchar(45) DEFAULT NULL,
  `occupationId` smallint(6) DEFAULT NULL,
  `occupation` varchar(45) DEFAULT NULL,
  `incomeStatusId` smallint(6) DEFAULT NULL,
  `incomeStatus` varchar(45) DEFAULT NULL,
  `communityId` int(11) DEFAULT NULL,
  `community` varchar(45) DEFAULT NULL,
  `religionId` smallint(6) DEFAULT NULL,
  `religion` varchar(45) DEFAULT NULL,
  `preferredLanguageId` int(11) DEFAULT NULL,
  `preferredLanguage` varchar(45) DEFAULT NULL,
  `sourceOfInfo` varchar(300) DEFAULT NULL,
  `servicePointId` bigint(20) DEFAULT NULL,
  `areaId` int(15) DEFAULT NULL,
  `zoneId` int(15) DEFAULT NULL,
  `phcId` int(15) DEFAULT NULL,
  `Remarks` varchar(300) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SexualOrientationID` int(11) DEFAULT NULL,
  `SexualOrientationType` varchar(30) DEFAULT NULL,
  `IsHIVPositive` bit(1) DEFAULT NULL,
  `HIVStatus` smallint(6) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  `BenRegID` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`BeneficiaryDetailsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiarydetails_rmnch`
--

DROP TABLE IF EXISTS `i_beneficiarydetails_rmnch`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarydetails_rmnch` (
  `beneficiaryDetails_RmnchId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `aadhaNo` varchar(500) DEFAULT NULL,
  `aadha_no` varchar(500) DEFAULT NULL,
  `aadha_noId` int(11) DEFAULT NULL,
  `age` int(2) DEFAULT NULL,
  `ageAtMarriage` int(2) DEFAULT NULL,
  `age_unit` varchar(500) DEFAULT NULL,
  `age_unitId` int(2) DEFAULT NULL,
  `childRegisteredAWCID` bigint(20) DEFAULT NULL,
  `childRegisteredSchoolID` int(2) DEFAULT NULL,
  `dateofdelivey` datetime DEFAULT NULL,
  `expectedDateofDelivery` datetime DEFAULT NULL,
  `facilitySectionID` int(2) DEFAULT NULL,
  `guidelineid` varchar(250) DEFAULT NULL,
  `houseoldId` bigint(20) DEFAULT NULL,
  `lastDeliveryConductedID` int(2) DEFAULT NULL,
  `lastMenstrualPeriod` varchar(500) DEFAULT NULL,
  `latitude` float(20,5) DEFAULT NULL,
  `lengthofMenstrualCycleId` int(2) DEFAULT NULL,
  `literacyId` int(2) DEFAULT NULL,
  `longitude` float(20,5) DEFAULT NULL,
  `menstrualBFDId` int(2) DEFAULT NULL,
  `menstrualProblemId` int(2) DEFAULT NULL,
  `menstrualStatusId` int(2) DEFAULT NULL,
  `mobileOthers` varchar(500) DEFAULT NULL,
  `mobilenoofRelation` varchar(500) DEFAULT NULL,
  `mobilenoofRelationId` int(2) DEFAULT NULL,
  `motherName` varchar(500) DEFAULT NULL,
  `ncd_priority` int(2) DEFAULT NULL,
  `need_opcareId` int(2) DEFAULT NULL,
  `previousLiveBirth` varchar(500) DEFAULT NULL,
  `rchid` varchar(500) DEFAULT NULL,
  `registrationDate` datetime DEFAULT NULL,
  `registrationType` varchar(500) DEFAULT NULL,
  `regularityofMenstrualCycleId` int(2) DEFAULT NULL,
  `religionOthers` varchar(500) DEFAULT NULL,
  `reproductiveStatus` varchar(500) DEFAULT NULL,
  `reproductiveStatusId` int(2) DEFAULT NULL,
  `serverUpdatedStatus` int(2) DEFAULT NULL,
  `typeofSchoolID` int(2) DEFAULT NULL,
  `whoConductedDeliveryID` int(2) DEFAULT NULL,
  `nayiPahalDeliveryStatus` varchar(300) DEFAULT NULL,
  `nayiPahalDeliveryStatusPosition` int(11) DEFAULT NULL,
  `dateMarriage` datetime DEFAULT NULL,
  `noOfDaysForDelivery` int(11) DEFAULT NULL,
  `wardNo` int(11) DEFAULT NULL,
  `wardName` varchar(100) DEFAULT NULL,
  `mohallaName` varchar(300) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `beneficiaryId` bigint(20) DEFAULT NULL,
  `RelatedBeneficiaryIds` varchar(500) DEFAULT NULL,
  `HRPStatus` bit(1) DEFAULT NULL,
  `ImmunizationStatus` bit(1) DEFAULT NULL,
  `NishchayPregnancyStatus` varchar(100) DEFAULT NULL,
  `NishchayPregnancyStatusPosition` int(11) DEFAULT NULL,
  `NishchayDeliveryStatus` varchar(100) DEFAULT NULL,
  `NishchayDeliveryStatusPosition` int(11) DEFAULT NULL,
  `FamilyHeadRelation` varchar(100) DEFAULT NULL,
  `FamilyHeadRelationPosition` int(11) DEFAULT NULL,
  `MenstrualStatus` varchar(100) DEFAULT NULL,
  `ComplicationsOthers` varchar(100) DEFAULT NULL,
  `WhoConductedDelivery` varchar(100) DEFAULT NULL,
  `LastDeliveryConducted` varchar(100) DEFAULT NULL,
  `FacilitySelection` varchar(100) DEFAULT NULL,
  `DeliveryDate` varchar(100) DEFAULT NULL,
  `ChildRegisteredSchool` varchar(100) DEFAULT NULL,
  `TypeOfSchool` varchar(100) DEFAULT NULL,
  `isDeath` tinyint(1) DEFAULT NULL,
  `isDeathValue` varchar(50) DEFAULT NULL,
  `timeOfDeath` varchar(20) DEFAULT NULL,
  `reasonOfDeath` varchar(255) DEFAULT NULL,
  `reasonOfDeathId` int(11) DEFAULT NULL,
  `placeOfDeath` varchar(255) DEFAULT NULL,
  `placeOfDeathId` int(11) DEFAULT NULL,
  `otherPlaceOfDeath` varchar(255) DEFAULT NULL,
  `dateOfDeath` varchar(200) DEFAULT NULL,
  `isChildrenAdded` tinyint(1) DEFAULT NULL,
  `isMarried` tinyint(1) DEFAULT NULL,
  `doYouHavechildren` tinyint(1) DEFAULT NULL,
  `noOfchildren` int(11) DEFAULT NULL,
  `noofAlivechildren` int(11) DEFAULT NULL,
  `isSpouseAdded` tinyint(1) DEFAULT NULL,
  `isDeactivate` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`beneficiaryDetails_RmnchId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryfamilymapping`
--

DROP TABLE IF EXISTS `i_beneficiaryfamilymapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryfamilymapping` (
  `BenFamilyMapId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenMapId` bigint(20) DEFAULT NULL,
  `AssociatedBenRegID` bigint(20) DEFAULT NULL,
  `RelationshipID` int(11) DEFAULT NULL,
  `RelationshipToSelf` varchar(15) DEFAULT NULL,
  `IsEmergencyContact` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenFamilyMapId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryidentity`
--

DROP TABLE IF EXISTS `i_beneficiaryidentity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryidentity` (
  `BenIdentityId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenMapId` bigint(20) NOT NULL,
  `IdentityName` varchar(20) DEFAULT NULL,
  `IdentityNameId` int(11) DEFAULT NULL,
  `IdentityType` varchar(20) DEFAULT NULL,
  `IdentityTypeId` int(11) DEFAULT NULL,
  `IdentityNo` varchar(30) DEFAULT NULL,
  `IdentityFilePath` varchar(100) DEFAULT NULL,
  `IssueDate` datetime DEFAULT NULL,
  `ExpiryDate` datetime DEFAULT NULL,
  `IsVerified` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenIdentityId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryimage`
--

DROP TABLE IF EXISTS `i_beneficiaryimage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryimage` (
  `BenImageId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenImage` longtext DEFAULT NULL,
  `BenBiometric` longtext DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenImageId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiarymapping`
--

DROP TABLE IF EXISTS `i_beneficiarymapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarymapping` (
  `BenMapId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenRegId` bigint(20) NOT NULL,
  `BenDetailsId` bigint(20) NOT NULL,
  `BenAddressId` bigint(20) NOT NULL,
  `BenImageId` bigint(20) DEFAULT NULL,
  `BenContactsId` bigint(20) NOT NULL,
  `BenConsentId` bigint(20) DEFAULT NULL,
  `BenAccountID` bigint(20) DEFAULT NULL,
  `BenSecureStackId` int(11) DEFAULT NULL,
  `Deleted` bit(1) NOT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenMapId`),
  UNIQUE KEY `uk_1` (`BenAccountID`),
  UNIQUE KEY `uk_2` (`BenAddressId`),
  UNIQUE KEY `uk_3` (`BenConsentId`),
  UNIQUE KEY `uk_4` (`BenContactsId`),
  UNIQUE KEY `uk_5` (`BenDetailsId`),
  UNIQUE KEY `uk_6` (`BenImageId`),
  UNIQUE KEY `uk_7` (`BenRegId`),
  UNIQUE KEY `uk_8` (`BenSecureStackId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `i_beneficiarymapping`
--

LOCK TABLES `i_beneficiarymapping` WRITE;
/*!40000 ALTER TABLE `i_beneficiarymapping` DISABLE KEYS */;
INSERT INTO `i_beneficiarymapping` VALUES (1,1000000011,1,1,1,1,1,1,1,b'0','N','admin','2025-02-02 09:01:00',b'1','Reserv1','Reserv1',1,'admin','2025-02-02 09:01:00',1,1,'Vehica1',1,'admin','2025-02-02 09:01:00','Reserv1'),(2,1000000122,2,2,2,2,2,2,2,b'0','N','admin','2025-03-03 10:02:00',b'1','Reserv2','Reserv2',2,'admin','2025-03-03 10:02:00',2,2,'Vehica2',2,'admin','2025-03-03 10:02:00','Reserv2'),(3,1000000233,3,3,3,3,3,3,3,b'0','N','admin','2025-04-04 11:03:00',b'1','Reserv3','Reserv3',3,'admin','2025-04-04 11:03:00',3,3,'Vehica3',3,'admin','2025-04-04 11:03:00','Reserv3'),(4,1000000344,4,4,4,4,4,4,4,b'0','N','admin','2025-05-05 12:04:00',b'1','Reserv4','Reserv4',4,'admin','2025-05-05 12:04:00',4,4,'Vehica4',4,'admin','2025-05-05 12:04:00','Reserv4'),(5,1000000455,5,5,5,5,5,5,5,b'0','N','admin','2025-06-06 13:05:00',b'1','Reserv5','Reserv5',5,'admin','2025-06-06 13:05:00',5,5,'Vehica5',5,'admin','2025-06-06 13:05:00','Reserv5'),(6,1000000566,6,6,6,6,6,6,6,b'0','N','admin','2025-07-07 14:06:00',b'1','Reserv6','Reserv6',6,'admin','2025-07-07 14:06:00',6,6,'Vehica6',6,'admin','2025-07-07 14:06:00','Reserv6'),(7,1000000677,7,7,7,7,7,7,7,b'0','N','admin','2025-08-08 15:07:00',b'1','Reserv7','Reserv7',7,'admin','2025-08-08 15:07:00',7,7,'Vehica7',7,'admin','2025-08-08 15:07:00','Reserv7'),(8,1000000788,8,8,8,8,8,8,8,b'0','N','admin','2025-09-09 16:08:00',b'1','Reserv8','Reserv8',8,'admin','2025-09-09 16:08:00',8,8,'Vehica8',8,'admin','2025-09-09 16:08:00','Reserv8'),(9,1000000899,9,9,9,9,9,9,9,b'0','N','admin','2025-10-10 17:09:00',b'1','Reserv9','Reserv9',9,'admin','2025-10-10 17:09:00',9,9,'Vehica9',9,'admin','2025-10-10 17:09:00','Reserv9'),(10,1000001010,10,10,10,10,10,10,10,b'0','N','admin','2025-11-11 08:10:00',b'1','Reserv10','Reserv10',10,'admin','2025-11-11 08:10:00',10,10,'Vehica10',10,'admin','2025-11-11 08:10:00','Reserv10'),(11,1000001121,11,11,11,11,11,11,11,b'0','N','admin','2025-12-12 09:11:00',b'1','Reserv11','Reserv11',11,'admin','2025-12-12 09:11:00',11,11,'Vehica11',11,'admin','2025-12-12 09:11:00','Reserv11'),(12,1000001232,12,12,12,12,12,12,12,b'0','N','admin','2025-01-13 10:12:00',b'1','Reserv12','Reserv12',12,'admin','2025-01-13 10:12:00',12,12,'Vehica12',12,'admin','2025-01-13 10:12:00','Reserv12'),(13,1000001343,13,13,13,13,13,13,13,b'0','N','admin','2025-02-14 11:13:00',b'1','Reserv13','Reserv13',13,'admin','2025-02-14 11:13:00',13,13,'Vehica13',13,'admin','2025-02-14 11:13:00','Reserv13'),(14,1000001454,14,14,14,14,14,14,14,b'0','N','admin','2025-03-15 12:14:00',b'1','Reserv14','Reserv14',14,'admin','2025-03-15 12:14:00',14,14,'Vehica14',14,'admin','2025-03-15 12:14:00','Reserv14'),(15,1000001565,15,15,15,15,15,15,15,b'0','N','admin','2025-04-16 13:15:00',b'1','Reserv15','Reserv15',15,'admin','2025-04-16 13:15:00',15,15,'Vehica15',15,'admin','2025-04-16 13:15:00','Reserv15'),(16,1000001676,16,16,16,16,16,16,16,b'0','N','admin','2025-05-17 14:16:00',b'1','Reserv16','Reserv16',16,'admin','2025-05-17 14:16:00',16,16,'Vehica16',16,'admin','2025-05-17 14:16:00','Reserv16'),(17,1000001787,17,17,17,17,17,17,17,b'0','N','admin','2025-06-18 15:17:00',b'1','Reserv17','Reserv17',17,'admin','2025-06-18 15:17:00',17,17,'Vehica17',17,'admin','2025-06-18 15:17:00','Reserv17'),(18,1000001898,18,18,18,18,18,18,18,b'0','N','admin','2025-07-19 16:18:00',b'1','Reserv18','Reserv18',18,'admin','2025-07-19 16:18:00',18,18,'Vehica18',18,'admin','2025-07-19 16:18:00','Reserv18'),(19,1000002009,19,19,19,19,19,19,19,b'0','N','admin','2025-08-20 17:19:00',b'1','Reserv19','Reserv19',19,'admin','2025-08-20 17:19:00',19,19,'Vehica19',19,'admin','2025-08-20 17:19:00','Reserv19'),(20,1000002120,20,20,20,20,20,20,20,b'0','N','admin','2025-09-21 08:20:00',b'1','Reserv20','Reserv20',20,'admin','2025-09-21 08:20:00',20,20,'Vehica20',20,'admin','2025-09-21 08:20:00','Reserv20'),(21,1000002231,21,21,21,21,21,21,21,b'0','N','admin','2025-10-22 09:21:00',b'1','Reserv21','Reserv21',21,'admin','2025-10-22 09:21:00',21,21,'Vehica21',21,'admin','2025-10-22 09:21:00','Reserv21'),(22,1000002342,22,22,22,22,22,22,22,b'0','N','admin','2025-11-23 10:22:00',b'1','Reserv22','Reserv22',22,'admin','2025-11-23 10:22:00',22,22,'Vehica22',22,'admin','2025-11-23 10:22:00','Reserv22'),(23,1000002453,23,23,23,23,23,23,23,b'0','N','admin','2025-12-24 11:23:00',b'1','Reserv23','Reserv23',23,'admin','2025-12-24 11:23:00',23,23,'Vehica23',23,'admin','2025-12-24 11:23:00','Reserv23'),(24,1000002564,24,24,24,24,24,24,24,b'0','N','admin','2025-01-25 12:24:00',b'1','Reserv24','Reserv24',24,'admin','2025-01-25 12:24:00',24,24,'Vehica24',24,'admin','2025-01-25 12:24:00','Reserv24'),(25,1000002675,25,25,25,25,25,25,25,b'0','N','admin','2025-02-26 13:25:00',b'1','Reserv25','Reserv25',25,'admin','2025-02-26 13:25:00',25,25,'Vehica25',25,'admin','2025-02-26 13:25:00','Reserv25'),(26,1000002786,26,26,26,26,26,26,26,b'0','N','admin','2025-03-27 14:26:00',b'1','Reserv26','Reserv26',26,'admin','2025-03-27 14:26:00',26,26,'Vehica26',26,'admin','2025-03-27 14:26:00','Reserv26'),(27,1000002897,27,27,27,27,27,27,27,b'0','N','admin','2025-04-28 15:27:00',b'1','Reserv27','Reserv27',27,'admin','2025-04-28 15:27:00',27,27,'Vehica27',27,'admin','2025-04-28 15:27:00','Reserv27'),(28,1000003008,28,28,28,28,28,28,28,b'0','N','admin','2025-05-01 16:28:00',b'1','Reserv28','Reserv28',28,'admin','2025-05-01 16:28:00',28,28,'Vehica28',28,'admin','2025-05-01 16:28:00','Reserv28'),(29,1000003119,29,29,29,29,29,29,29,b'0','N','admin','2025-06-02 17:29:00',b'1','Reserv29','Reserv29',29,'admin','2025-06-02 17:29:00',29,29,'Vehica29',29,'admin','2025-06-02 17:29:00','Reserv29'),(30,1000003230,30,30,30,30,30,30,30,b'0','N','admin','2025-07-03 08:30:00',b'1','Reserv30','Reserv30',30,'admin','2025-07-03 08:30:00',30,30,'Vehica30',30,'admin','2025-07-03 08:30:00','Reserv30'),(31,1000003341,31,31,31,31,31,31,31,b'0','N','admin','2025-08-04 09:31:00',b'1','Reserv31','Reserv31',31,'admin','2025-08-04 09:31:00',31,31,'Vehica31',31,'admin','2025-08-04 09:31:00','Reserv31'),(32,1000003452,32,32,32,32,32,32,32,b'0','N','admin','2025-09-05 10:32:00',b'1','Reserv32','Reserv32',32,'admin','2025-09-05 10:32:00',32,32,'Vehica32',32,'admin','2025-09-05 10:32:00','Reserv32'),(33,1000003563,33,33,33,33,33,33,33,b'0','N','admin','2025-10-06 11:33:00',b'1','Reserv33','Reserv33',33,'admin','2025-10-06 11:33:00',33,33,'Vehica33',33,'admin','2025-10-06 11:33:00','Reserv33'),(34,1000003674,34,34,34,34,34,34,34,b'0','N','admin','2025-11-07 12:34:00',b'1','Reserv34','Reserv34',34,'admin','2025-11-07 12:34:00',34,34,'Vehica34',34,'admin','2025-11-07 12:34:00','Reserv34'),(35,1000003785,35,35,35,35,35,35,35,b'0','N','admin','2025-12-08 13:35:00',b'1','Reserv35','Reserv35',35,'admin','2025-12-08 13:35:00',35,35,'Vehica35',35,'admin','2025-12-08 13:35:00','Reserv35'),(36,1000003896,36,36,36,36,36,36,36,b'0','N','admin','2025-01-09 14:36:00',b'1','Reserv36','Reserv36',36,'admin','2025-01-09 14:36:00',36,36,'Vehica36',36,'admin','2025-01-09 14:36:00','Reserv36'),(37,1000004007,37,37,37,37,37,37,37,b'0','N','admin','2025-02-10 15:37:00',b'1','Reserv37','Reserv37',37,'admin','2025-02-10 15:37:00',37,37,'Vehica37',37,'admin','2025-02-10 15:37:00','Reserv37'),(38,1000004118,38,38,38,38,38,38,38,b'0','N','admin','2025-03-11 16:38:00',b'1','Reserv38','Reserv38',38,'admin','2025-03-11 16:38:00',38,38,'Vehica38',38,'admin','2025-03-11 16:38:00','Reserv38'),(39,1000004229,39,39,39,39,39,39,39,b'0','N','admin','2025-04-12 17:39:00',b'1','Reserv39','Reserv39',39,'admin','2025-04-12 17:39:00',39,39,'Vehica39',39,'admin','2025-04-12 17:39:00','Reserv39'),(40,1000004340,40,40,40,40,40,40,40,b'0','N','admin','2025-05-13 08:40:00',b'1','Reserv40','Reserv40',40,'admin','2025-05-13 08:40:00',40,40,'Vehica40',40,'admin','2025-05-13 08:40:00','Reserv40'),(41,1000004451,41,41,41,41,41,41,41,b'0','N','admin','2025-06-14 09:41:00',b'1','Reserv41','Reserv41',41,'admin','2025-06-14 09:41:00',41,41,'Vehica41',41,'admin','2025-06-14 09:41:00','Reserv41'),(42,1000004562,42,42,42,42,42,42,42,b'0','N','admin','2025-07-15 10:42:00',b'1','Reserv42','Reserv42',42,'admin','2025-07-15 10:42:00',42,42,'Vehica42',42,'admin','2025-07-15 10:42:00','Reserv42'),(43,1000004673,43,43,43,43,43,43,43,b'0','N','admin','2025-08-16 11:43:00',b'1','Reserv43','Reserv43',43,'admin','2025-08-16 11:43:00',43,43,'Vehica43',43,'admin','2025-08-16 11:43:00','Reserv43'),(44,1000004784,44,44,44,44,44,44,44,b'0','N','admin','2025-09-17 12:44:00',b'1','Reserv44','Reserv44',44,'admin','2025-09-17 12:44:00',44,44,'Vehica44',44,'admin','2025-09-17 12:44:00','Reserv44'),(45,1000004895,45,45,45,45,45,45,45,b'0','N','admin','2025-10-18 13:45:00',b'1','Reserv45','Reserv45',45,'admin','2025-10-18 13:45:00',45,45,'Vehica45',45,'admin','2025-10-18 13:45:00','Reserv45'),(46,1000005006,46,46,46,46,46,46,46,b'0','N','admin','2025-11-19 14:46:00',b'1','Reserv46','Reserv46',46,'admin','2025-11-19 14:46:00',46,46,'Vehica46',46,'admin','2025-11-19 14:46:00','Reserv46'),(47,1000005117,47,47,47,47,47,47,47,b'0','N','admin','2025-12-20 15:47:00',b'1','Reserv47','Reserv47',47,'admin','2025-12-20 15:47:00',47,47,'Vehica47',47,'admin','2025-12-20 15:47:00','Reserv47'),(48,1000005228,48,48,48,48,48,48,48,b'0','N','admin','2025-01-21 16:48:00',b'1','Reserv48','Reserv48',48,'admin','2025-01-21 16:48:00',48,48,'Vehica48',48,'admin','2025-01-21 16:48:00','Reserv48'),(49,1000005339,49,49,49,49,49,49,49,b'0','N','admin','2025-02-22 17:49:00',b'1','Reserv49','Reserv49',49,'admin','2025-02-22 17:49:00',49,49,'Vehica49',49,'admin','2025-02-22 17:49:00','Reserv49'),(50,1000005450,50,50,50,50,50,50,50,b'0','N','admin','2025-03-23 08:50:00',b'1','Reserv50','Reserv50',50,'admin','2025-03-23 08:50:00',50,50,'Vehica50',50,'admin','2025-03-23 08:50:00','Reserv50'),(51,1000005561,51,51,51,51,51,51,51,b'0','N','admin','2025-04-24 09:51:00',b'1','Reserv51','Reserv51',51,'admin','2025-04-24 09:51:00',51,51,'Vehica51',51,'admin','2025-04-24 09:51:00','Reserv51'),(52,1000005672,52,52,52,52,52,52,52,b'0','N','admin','2025-05-25 10:52:00',b'1','Reserv52','Reserv52',52,'admin','2025-05-25 10:52:00',52,52,'Vehica52',52,'admin','2025-05-25 10:52:00','Reserv52'),(53,1000005783,53,53,53,53,53,53,53,b'0','N','admin','2025-06-26 11:53:00',b'1','Reserv53','Reserv53',53,'admin','2025-06-26 11:53:00',53,53,'Vehica53',53,'admin','2025-06-26 11:53:00','Reserv53'),(54,1000005894,54,54,54,54,54,54,54,b'0','N','admin','2025-07-27 12:54:00',b'1','Reserv54','Reserv54',54,'admin','2025-07-27 12:54:00',54,54,'Vehica54',54,'admin','2025-07-27 12:54:00','Reserv54'),(55,1000006005,55,55,55,55,55,55,55,b'0','N','admin','2025-08-28 13:55:00',b'1','Reserv55','Reserv55',55,'admin','2025-08-28 13:55:00',55,55,'Vehica55',55,'admin','2025-08-28 13:55:00','Reserv55'),(56,1000006116,56,56,56,56,56,56,56,b'0','N','admin','2025-09-01 14:56:00',b'1','Reserv56','Reserv56',56,'admin','2025-09-01 14:56:00',56,56,'Vehica56',56,'admin','2025-09-01 14:56:00','Reserv56'),(57,1000006227,57,57,57,57,57,57,57,b'0','N','admin','2025-10-02 15:57:00',b'1','Reserv57','Reserv57',57,'admin','2025-10-02 15:57:00',57,57,'Vehica57',57,'admin','2025-10-02 15:57:00','Reserv57'),(58,1000006338,58,58,58,58,58,58,58,b'0','N','admin','2025-11-03 16:58:00',b'1','Reserv58','Reserv58',58,'admin','2025-11-03 16:58:00',58,58,'Vehica58',58,'admin','2025-11-03 16:58:00','Reserv58'),(59,1000006449,59,59,59,59,59,59,59,b'0','N','admin','2025-12-04 17:59:00',b'1','Reserv59','Reserv59',59,'admin','2025-12-04 17:59:00',59,59,'Vehica59',59,'admin','2025-12-04 17:59:00','Reserv59'),(60,1000006560,60,60,60,60,60,60,60,b'0','N','admin','2025-01-05 08:00:00',b'1','Reserv60','Reserv60',60,'admin','2025-01-05 08:00:00',60,60,'Vehica60',60,'admin','2025-01-05 08:00:00','Reserv60'),(61,1000006671,61,61,61,61,61,61,61,b'0','N','admin','2025-02-06 09:01:00',b'1','Reserv61','Reserv61',61,'admin','2025-02-06 09:01:00',61,61,'Vehica61',61,'admin','2025-02-06 09:01:00','Reserv61'),(62,1000006782,62,62,62,62,62,62,62,b'0','N','admin','2025-03-07 10:02:00',b'1','Reserv62','Reserv62',62,'admin','2025-03-07 10:02:00',62,62,'Vehica62',62,'admin','2025-03-07 10:02:00','Reserv62'),(63,1000006893,63,63,63,63,63,63,63,b'0','N','admin','2025-04-08 11:03:00',b'1','Reserv63','Reserv63',63,'admin','2025-04-08 11:03:00',63,63,'Vehica63',63,'admin','2025-04-08 11:03:00','Reserv63'),(64,1000007004,64,64,64,64,64,64,64,b'0','N','admin','2025-05-09 12:04:00',b'1','Reserv64','Reserv64',64,'admin','2025-05-09 12:04:00',64,64,'Vehica64',64,'admin','2025-05-09 12:04:00','Reserv64'),(65,1000007115,65,65,65,65,65,65,65,b'0','N','admin','2025-06-10 13:05:00',b'1','Reserv65','Reserv65',65,'admin','2025-06-10 13:05:00',65,65,'Vehica65',65,'admin','2025-06-10 13:05:00','Reserv65'),(66,1000007226,66,66,66,66,66,66,66,b'0','N','admin','2025-07-11 14:06:00',b'1','Reserv66','Reserv66',66,'admin','2025-07-11 14:06:00',66,66,'Vehica66',66,'admin','2025-07-11 14:06:00','Reserv66'),(67,1000007337,67,67,67,67,67,67,67,b'0','N','admin','2025-08-12 15:07:00',b'1','Reserv67','Reserv67',67,'admin','2025-08-12 15:07:00',67,67,'Vehica67',67,'admin','2025-08-12 15:07:00','Reserv67'),(68,1000007448,68,68,68,68,68,68,68,b'0','N','admin','2025-09-13 16:08:00',b'1','Reserv68','Reserv68',68,'admin','2025-09-13 16:08:00',68,68,'Vehica68',68,'admin','2025-09-13 16:08:00','Reserv68'),(69,1000007559,69,69,69,69,69,69,69,b'0','N','admin','2025-10-14 17:09:00',b'1','Reserv69','Reserv69',69,'admin','2025-10-14 17:09:00',69,69,'Vehica69',69,'admin','2025-10-14 17:09:00','Reserv69');
/*!40000 ALTER TABLE `i_beneficiarymapping` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiaryservicemapping`
--

DROP TABLE IF EXISTS `i_beneficiaryservicemapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryservicemapping` (
  `BenServiceMapID` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenMapID` bigint(20) NOT NULL,
  `ServiceId` int(15) DEFAULT NULL,
  `ServiceName` varchar(45) DEFAULT NULL,
  `StateId` int(15) DEFAULT NULL,
  `StateName` varchar(45) DEFAULT NULL,
  `ServiceProviderId` int(15) DEFAULT NULL,
  `ServiceProviderName` varchar(45) DEFAULT NULL,
  `ProviderServiceMapId` int(15) DEFAULT NULL,
  `FirstAvailedOn` datetime DEFAULT NULL,
  `RegisteredById` int(15) DEFAULT NULL,
  `RegisteredByName` varchar(45) DEFAULT NULL,
  `RegisteredDate` datetime DEFAULT NULL,
  `Deleted` bit(1) NOT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenServiceMapID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_bornbirthdeatils`
--

DROP TABLE IF EXISTS `i_bornbirthdeatils`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_bornbirthdeatils` (
  `BornBirthDeatilsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `beneficiaryId` bigint(20) DEFAULT NULL,
  `countryid` int(2) DEFAULT NULL,
  `bcdBatchNo` varchar(500) DEFAULT NULL,
  `bcgDate` datetime DEFAULT NULL,
  `bcgGivenDueDate` datetime DEFAULT NULL,
  `birthDefects` varchar(500) DEFAULT NULL,
  `birthDefectsOthers` varchar(500) DEFAULT NULL,
  `birthDefectsid` int(2) DEFAULT NULL,
  `birthDosage` varchar(500) DEFAULT NULL,
  `birthDosageid` int(2) DEFAULT NULL,
  `birthPlace` varchar(500) DEFAULT NULL,
  `birthPlaceid` int(2) DEFAULT NULL,
  `childName` varchar(500) DEFAULT NULL,
  `complecations` varchar(500) DEFAULT NULL,
  `complecationsid` int(2) DEFAULT NULL,
  `conductedDelivery` varchar(500) DEFAULT NULL,
  `conductedDeliveryOther` varchar(500) DEFAULT NULL,
  `conductedDeliveryid` int(2) DEFAULT NULL,
  `corticosteroidGivenMother` varchar(500) DEFAULT NULL,
  `corticosteroidGivenMotherid` int(2) DEFAULT NULL,
  `criedImmediately` varchar(500) DEFAULT NULL,
  `criedImmediatelyid` int(2) DEFAULT NULL,
  `deliveryType` varchar(500) DEFAULT NULL,
  `deliveryTypeOther` varchar(500) DEFAULT NULL,
  `deliveryTypeid` int(2) DEFAULT NULL,
  `facilityName` varchar(500) DEFAULT NULL,
  `facilityOther` varchar(500) DEFAULT NULL,
  `facilityid` int(2) DEFAULT NULL,
  `feedingStarted` varchar(500) DEFAULT NULL,
  `feedingStartedid` int(2) DEFAULT NULL,
  `gestationalAge` varchar(500) DEFAULT NULL,
  `gestationalAgeid` int(2) DEFAULT NULL,
  `heightAtBirth` int(2) DEFAULT NULL,
  `hptDate` datetime DEFAULT NULL,
  `hptGivenDueDate` datetime DEFAULT NULL,
  `hptdBatchNo` varchar(500) DEFAULT NULL,
  `hptdBatchID` int(2) DEFAULT NULL,
  `opvBatchNo` varchar(500) DEFAULT NULL,
  `opvDate` datetime DEFAULT NULL,
  `opvGivenDueDate` datetime DEFAULT NULL,
  `placeName` varchar(500) DEFAULT NULL,
  `serverUpdatedStatus` int(2) DEFAULT NULL,
  `term` varchar(500) DEFAULT NULL,
  `termid` int(2) DEFAULT NULL,
  `vitaminkBatchNo` varchar(500) DEFAULT NULL,
  `vitaminkDate` datetime DEFAULT NULL,
  `vitaminkGivenDueDate` datetime DEFAULT NULL,
  `weightAtBirth` decimal(5,2) DEFAULT NULL,
  `stateid` int(11) DEFAULT NULL,
  `districtid` int(11) DEFAULT NULL,
  `villageid` int(11) DEFAULT NULL,
  `birthBCG` bit(1) DEFAULT NULL,
  `birthHepB` bit(1) DEFAULT NULL,
  `birthOPV` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `ComplicationsOther` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`BornBirthDeatilsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_cbacdetails`
--

DROP TABLE IF EXISTS `i_cbacdetails`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_cbacdetails` (
  `CBACDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `cbac_age` varchar(500) DEFAULT NULL,
  `cbac_age_posi` int(2) DEFAULT NULL,
  `cbac_alcohol` varchar(500) DEFAULT NULL,
  `cbac_alcohol_posi` int(2) DEFAULT NULL,
  `cbac_antitbdrugs` varchar(500) DEFAULT NULL,
  `cbac_antitbdrugs_pos` int(2) DEFAULT NULL,
  `cbac_bleedingafterintercourse` varchar(500) DEFAULT NULL,
  `cbac_bleedingafterintercourse_pos` int(2) DEFAULT NULL,
  `cbac_bleedingaftermenopause` varchar(500) DEFAULT NULL,
  `cbac_bleedingaftermenopause_pos` int(2) DEFAULT NULL,
  `cbac_bleedingbtwnperiods` varchar(500) DEFAULT NULL,
  `cbac_bleedingbtwnperiods_pos` int(2) DEFAULT NULL,
  `cbac_blooddischage` varchar(500) DEFAULT NULL,
  `cbac_blooddischage_pos` int(2) DEFAULT NULL,
  `cbac_bloodsputum` varchar(500) DEFAULT NULL,
  `cbac_bloodsputum_pos` int(2) DEFAULT NULL,
  `cbac_changeinbreast` varchar(500) DEFAULT NULL,
  `cbac_changeinbreast_pos` int(2) DEFAULT NULL,
  `cbac_coughing` varchar(500) DEFAULT NULL,
  `cbac_coughing_pos` int(2) DEFAULT NULL,
  `cbac_difficultyinmouth` varchar(500) DEFAULT NULL,
  `cbac_difficultyinmouth_pos` int(2) DEFAULT NULL,
  `cbac_familyhistory` varchar(500) DEFAULT NULL,
  `cbac_familyhistory_posi` int(2) DEFAULT NULL,
  `cbac_fivermore` varchar(500) DEFAULT NULL,
  `cbac_fivermore_pos` int(2) DEFAULT NULL,
  `cbac_foulveginaldischarge` varchar(500) DEFAULT NULL,
  `cbac_foulveginaldischarge_pos` int(2) DEFAULT NULL,
  `cbac_historyoffits` varchar(500) DEFAULT NULL,
  `cbac_historyoffits_pos` int(2) DEFAULT NULL,
  `cbac_loseofweight` varchar(500) DEFAULT NULL,
  `cbac_loseofweight_pos` int(2) DEFAULT NULL,
  `cbac_lumpinbreast` varchar(500) DEFAULT NULL,
  `cbac_lumpinbreast_pos` int(2) DEFAULT NULL,
  `cbac_nightsweats` varchar(500) DEFAULT NULL,
  `cbac_nightsweats_pos` int(2) DEFAULT NULL,
  `cbac_pa` varchar(500) DEFAULT NULL,
  `cbac_pa_posi` int(2) DEFAULT NULL,
  `cbac_referpatient_mo` int(2) DEFAULT NULL,
  `cbac_smoke` varchar(500) DEFAULT NULL,
  `cbac_smoke_posi` int(2) DEFAULT NULL,
  `cbac_sortnesofbirth` varchar(500) DEFAULT NULL,
  `cbac_sortnesofbirth_pos` int(2) DEFAULT NULL,
  `cbac_sputemcollection` int(2) DEFAULT NULL,
  `cbac_sufferingtb` varchar(500) DEFAULT NULL,
  `cbac_sufferingtb_pos` int(2) DEFAULT NULL,
  `cbac_tbhistory` varchar(500) DEFAULT NULL,
  `cbac_tbhistory_pos` int(2) DEFAULT NULL,
  `cbac_toneofvoice` varchar(500) DEFAULT NULL,
  `cbac_toneofvoice_pos` int(11) DEFAULT NULL,
  `cbac_tracing_all_fm` varchar(500) DEFAULT NULL,
  `cbac_uicers` varchar(500) DEFAULT NULL,
  `cbac_uicers_pos` int(11) DEFAULT NULL,
  `cbac_waist` varchar(500) DEFAULT NULL,
  `cbac_waist_posi` int(11) DEFAULT NULL,
  `houseoldId` bigint(20) DEFAULT NULL,
  `countryid` int(11) DEFAULT NULL,
  `stateid` int(11) DEFAULT NULL,
  `districtid` int(11) DEFAULT NULL,
  `districtname` varchar(500) DEFAULT NULL,
  `villageid` int(11) DEFAULT NULL,
  `serverUpdatedStatus` int(11) DEFAULT NULL,
  `total_score` int(11) DEFAULT NULL,
  `cbac_Pain_while_chewing` varchar(45) DEFAULT NULL,
  `cbac_Pain_while_chewing_posi` int(2) DEFAULT NULL,
  `cbac_any_thickend_skin` varchar(45) DEFAULT NULL,
  `cbac_any_thickend_skin_posi` int(2) DEFAULT NULL,
  `cbac_clawing_of_fingers` varchar(45) DEFAULT NULL,
  `cbac_clawing_of_fingers_posi` int(2) DEFAULT NULL,
  `cbac_diff_holding_obj` varchar(45) DEFAULT NULL,
  `cbac_diff_holding_obj_posi` int(2) DEFAULT NULL,
  `cbac_feeling_down` varchar(200) DEFAULT NULL,
  `cbac_feeling_down_posi` int(2) DEFAULT NULL,
  `cbac_feeling_down_score` int(2) DEFAULT NULL,
  `cbac_fuel_used` varchar(45) DEFAULT NULL,
  `cbac_fuel_used_posi` int(2) DEFAULT NULL,
  `cbac_growth_in_mouth` varchar(45) DEFAULT NULL,
  `cbac_growth_in_mouth_posi` int(2) DEFAULT NULL,
  `cbac_hyper_pigmented_patch` varchar(45) DEFAULT NULL,
  `cbac_hyper_pigmented_patch_posi` int(2) DEFAULT NULL,
  `cbac_inability_close_eyelid` varchar(45) DEFAULT NULL,
  `cbac_inability_close_eyelid_posi` int(2) DEFAULT NULL,
  `cbac_little_interest` varchar(45) DEFAULT NULL,
  `cbac_little_interest_posi` int(2) DEFAULT NULL,
  `cbac_little_interest_score` int(2) DEFAULT NULL,
  `cbac_nodules_on_skin` varchar(45) DEFAULT NULL,
  `cbac_nodules_on_skin_posi` int(2) DEFAULT NULL,
  `cbac_numbness_on_palm` varchar(45) DEFAULT NULL,
  `cbac_numbness_on_palm_posi` int(2) DEFAULT NULL,
  `cbac_occupational_exposure` varchar(200) DEFAULT NULL,
  `cbac_occupational_exposure_posi` int(2) DEFAULT NULL,
  `cbac_tingling_or_numbness` varchar(45) DEFAULT NULL,
  `cbac_tingling_or_numbness_posi` int(2) DEFAULT NULL,
  `cbac_weekness_in_feet` varchar(45) DEFAULT NULL,
  `cbac_weekness_in_feet_posi` int(2) DEFAULT NULL,
  `suspected_hrp` varchar(45) DEFAULT NULL,
  `suspected_ncd` varchar(45) DEFAULT NULL,
  `suspected_tb` varchar(45) DEFAULT NULL,
  `suspected_ncd_diseases` varchar(300) DEFAULT NULL,
  `confirmed_ncd` varchar(45) DEFAULT NULL,
  `confirmed_hrp` varchar(45) DEFAULT NULL,
  `confirmed_tb` varchar(45) DEFAULT NULL,
  `confirmed_ncd_diseases` varchar(300) DEFAULT NULL,
  `diagnosis_status` varchar(45) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `beneficiaryId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`CBACDetailsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_householddetails`
--

DROP TABLE IF EXISTS `i_householddetails`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_householddetails` (
  `houseHoldDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `Countyid` int(11) DEFAULT NULL,
  `availabilityofToilet` varchar(500) DEFAULT NULL,
  `availabilityofToiletId` int(2) DEFAULT NULL,
  `avalabilityofElectricity` varchar(500) DEFAULT NULL,
  `avalabilityofElectricityId` int(2) DEFAULT NULL,
  `block` varchar(500) DEFAULT NULL,
  `bpl_aplId` int(2) DEFAULT NULL,
  `colony` varchar(500) DEFAULT NULL,
  `district` varchar(500) DEFAULT NULL,
  `districtid` int(2) DEFAULT NULL,
  `districtname` varchar(500) DEFAULT NULL,
  `familyHeadName` varchar(500) DEFAULT NULL,
  `familyHeadPhoneNo` varchar(500) DEFAULT NULL,
  `familyName` varchar(500) DEFAULT NULL,
  `fuelUsed` varchar(500) DEFAULT NULL,
  `fuelUsedId` int(2) DEFAULT NULL,
  `houseOwnerShip` varchar(500) DEFAULT NULL,
  `houseOwnerShipId` int(2) DEFAULT NULL,
  `houseType` varchar(500) DEFAULT NULL,
  `houseTypeId` int(2) DEFAULT NULL,
  `houseno` varchar(500) DEFAULT NULL,
  `houseoldId` bigint(20) DEFAULT NULL,
  `landIrregatedId` int(2) DEFAULT NULL,
  `landOwnedId` int(2) DEFAULT NULL,
  `liveStockOwnerShipId` int(2) DEFAULT NULL,
  `motarizedVehicleId` int(2) DEFAULT NULL,
  `other_availabilityofToilet` varchar(500) DEFAULT NULL,
  `other_avalabilityofElectricity` varchar(500) DEFAULT NULL,
  `other_fuelUsed` varchar(500) DEFAULT NULL,
  `other_houseType` varchar(500) DEFAULT NULL,
  `other_motarizedVehicle` varchar(500) DEFAULT NULL,
  `other_residentialArea` varchar(500) DEFAULT NULL,
  `other_sourceofDrinkingWater` varchar(500) DEFAULT NULL,
  `pincode` int(11) DEFAULT NULL,
  `rationCardDetails` varchar(500) DEFAULT NULL,
  `residentialArea` varchar(500) DEFAULT NULL,
  `residentialAreaId` int(2) DEFAULT NULL,
  `seperateKitchen` varchar(500) DEFAULT NULL,
  `seperateKitchenId` int(2) DEFAULT NULL,
  `serverUpdatedStatus` int(2) DEFAULT NULL,
  `sourceofDrinkingWater` varchar(500) DEFAULT NULL,
  `sourceofDrinkingWaterId` int(2) DEFAULT NULL,
  `state` varchar(500) DEFAULT NULL,
  `stateid` int(11) DEFAULT NULL,
  `street` varchar(500) DEFAULT NULL,
  `type_bpl_apl` varchar(500) DEFAULT NULL,
  `village` varchar(500) DEFAULT NULL,
  `villageid` int(11) DEFAULT NULL,
  `houseNum` varchar(200) DEFAULT NULL,
  `wardNo` varchar(100) DEFAULT NULL,
  `wardName` varchar(100) DEFAULT NULL,
  `mohallaName` varchar(300) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `beneficiaryId` int(11) DEFAULT NULL,
  `LiveStockOwnerShip` varchar(100) DEFAULT NULL,
  `MotarizedVehicle` varchar(100) DEFAULT NULL,
  `LandOwned` varchar(100) DEFAULT NULL,
  `Blockid` int(11) DEFAULT NULL,
  `landIrregated` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`houseHoldDetailsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `m_beneficiaryregidmapping`
--

DROP TABLE IF EXISTS `m_beneficiaryregidmapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `m_beneficiaryregidmapping` (
  `BenRegId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryID` bigint(20) NOT NULL,
  `Provisioned` bit(1) DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ReservedOn` datetime DEFAULT NULL,
  `CreatedDate` datetime NOT NULL,
  `CreatedBy` varchar(30) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenRegId`),
  UNIQUE KEY `uk_1` (`BeneficiaryID`),
  UNIQUE KEY `uk_2` (`BenRegId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `m_beneficiaryregidmapping`
--

LOCK TABLES `m_beneficiaryregidmapping` WRITE;
/*!40000 ALTER TABLE `m_beneficiaryregidmapping` DISABLE KEYS */;
INSERT INTO `m_beneficiaryregidmapping` VALUES (1000000011,500000007,b'1',1,b'0','N',b'1','Reserv1',1,'2025-02-02 09:01:00','2025-02-02 09:01:00','admin','admin','2025-02-02 09:01:00',1,1,'Vehica1',1,'admin','2025-02-02 09:01:00','Reserv1'),(1000000122,500000166,b'1',2,b'0','N',b'1','Reserv2',2,'2025-03-03 10:02:00','2025-03-03 10:02:00','admin','admin','2025-03-03 10:02:00',2,2,'Vehica2',2,'admin','2025-03-03 10:02:00','Reserv2'),(1000000233,500000325,b'1',3,b'0','N',b'1','Reserv3',3,'2025-04-04 11:03:00','2025-04-04 11:03:00','admin','admin','2025-04-04 11:03:00',3,3,'Vehica3',3,'admin','2025-04-04 11:03:00','Reserv3'),(1000000344,500000484,b'1',4,b'0','N',b'1','Reserv4',4,'2025-05-05 12:04:00','2025-05-05 12:04:00','admin','admin','2025-05-05 12:04:00',4,4,'Vehica4',4,'admin','2025-05-05 12:04:00','Reserv4'),(1000000455,500000643,b'1',5,b'0','N',b'1','Reserv5',5,'2025-06-06 13:05:00','2025-06-06 13:05:00','admin','admin','2025-06-06 13:05:00',5,5,'Vehica5',5,'admin','2025-06-06 13:05:00','Reserv5'),(1000000566,500000802,b'1',6,b'0','N',b'1','Reserv6',6,'2025-07-07 14:06:00','2025-07-07 14:06:00','admin','admin','2025-07-07 14:06:00',6,6,'Vehica6',6,'admin','2025-07-07 14:06:00','Reserv6'),(1000000677,500000961,b'1',7,b'0','N',b'1','Reserv7',7,'2025-08-08 15:07:00','2025-08-08 15:07:00','admin','admin','2025-08-08 15:07:00',7,7,'Vehica7',7,'admin','2025-08-08 15:07:00','Reserv7'),(1000000788,500001120,b'1',8,b'0','N',b'1','Reserv8',8,'2025-09-09 16:08:00','2025-09-09 16:08:00','admin','admin','2025-09-09 16:08:00',8,8,'Vehica8',8,'admin','2025-09-09 16:08:00','Reserv8'),(1000000899,500001279,b'1',9,b'0','N',b'1','Reserv9',9,'2025-10-10 17:09:00','2025-10-10 17:09:00','admin','admin','2025-10-10 17:09:00',9,9,'Vehica9',9,'admin','2025-10-10 17:09:00','Reserv9'),(1000001010,500001438,b'1',10,b'0','N',b'1','Reserv10',10,'2025-11-11 08:10:00','2025-11-11 08:10:00','admin','admin','2025-11-11 08:10:00',10,10,'Vehica10',10,'admin','2025-11-11 08:10:00','Reserv10'),(1000001121,500001597,b'1',11,b'0','N',b'1','Reserv11',11,'2025-12-12 09:11:00','2025-12-12 09:11:00','admin','admin','2025-12-12 09:11:00',11,11,'Vehica11',11,'admin','2025-12-12 09:11:00','Reserv11'),(1000001232,500001756,b'1',12,b'0','N',b'1','Reserv12',12,'2025-01-13 10:12:00','2025-01-13 10:12:00','admin','admin','2025-01-13 10:12:00',12,12,'Vehica12',12,'admin','2025-01-13 10:12:00','Reserv12'),(1000001343,500001915,b'1',13,b'0','N',b'1','Reserv13',13,'2025-02-14 11:13:00','2025-02-14 11:13:00','admin','admin','2025-02-14 11:13:00',13,13,'Vehica13',13,'admin','2025-02-14 11:13:00','Reserv13'),(1000001454,500002074,b'1',14,b'0','N',b'1','Reserv14',14,'2025-03-15 12:14:00','2025-03-15 12:14:00','admin','admin','2025-03-15 12:14:00',14,14,'Vehica14',14,'admin','2025-03-15 12:14:00','Reserv14'),(1000001565,500002233,b'1',15,b'0','N',b'1','Reserv15',15,'2025-04-16 13:15:00','2025-04-16 13:15:00','admin','admin','2025-04-16 13:15:00',15,15,'Vehica15',15,'admin','2025-04-16 13:15:00','Reserv15'),(1000001676,500002392,b'1',16,b'0','N',b'1','Reserv16',16,'2025-05-17 14:16:00','2025-05-17 14:16:00','admin','admin','2025-05-17 14:16:00',16,16,'Vehica16',16,'admin','2025-05-17 14:16:00','Reserv16'),(1000001787,500002551,b'1',17,b'0','N',b'1','Reserv17',17,'2025-06-18 15:17:00','2025-06-18 15:17:00','admin','admin','2025-06-18 15:17:00',17,17,'Vehica17',17,'admin','2025-06-18 15:17:00','Reserv17'),(1000001898,500002710,b'1',18,b'0','N',b'1','Reserv18',18,'2025-07-19 16:18:00','2025-07-19 16:18:00','admin','admin','2025-07-19 16:18:00',18,18,'Vehica18',18,'admin','2025-07-19 16:18:00','Reserv18'),(1000002009,500002869,b'1',19,b'0','N',b'1','Reserv19',19,'2025-08-20 17:19:00','2025-08-20 17:19:00','admin','admin','2025-08-20 17:19:00',19,19,'Vehica19',19,'admin','2025-08-20 17:19:00','Reserv19'),(1000002120,500003028,b'1',20,b'0','N',b'1','Reserv20',20,'2025-09-21 08:20:00','2025-09-21 08:20:00','admin','admin','2025-09-21 08:20:00',20,20,'Vehica20',20,'admin','2025-09-21 08:20:00','Reserv20'),(1000002231,500003187,b'1',21,b'0','N',b'1','Reserv21',21,'2025-10-22 09:21:00','2025-10-22 09:21:00','admin','admin','2025-10-22 09:21:00',21,21,'Vehica21',21,'admin','2025-10-22 09:21:00','Reserv21'),(1000002342,500003346,b'1',22,b'0','N',b'1','Reserv22',22,'2025-11-23 10:22:00','2025-11-23 10:22:00','admin','admin','2025-11-23 10:22:00',22,22,'Vehica22',22,'admin','2025-11-23 10:22:00','Reserv22'),(1000002453,500003505,b'1',23,b'0','N',b'1','Reserv23',23,'2025-12-24 11:23:00','2025-12-24 11:23:00','admin','admin','2025-12-24 11:23:00',23,23,'Vehica23',23,'admin','2025-12-24 11:23:00','Reserv23'),(1000002564,500003664,b'1',24,b'0','N',b'1','Reserv24',24,'2025-01-25 12:24:00','2025-01-25 12:24:00','admin','admin','2025-01-25 12:24:00',24,24,'Vehica24',24,'admin','2025-01-25 12:24:00','Reserv24'),(1000002675,500003823,b'1',25,b'0','N',b'1','Reserv25',25,'2025-02-26 13:25:00','2025-02-26 13:25:00','admin','admin','2025-02-26 13:25:00',25,25,'Vehica25',25,'admin','2025-02-26 13:25:00','Reserv25'),(1000002786,500003982,b'1',26,b'0','N',b'1','Reserv26',26,'2025-03-27 14:26:00','2025-03-27 14:26:00','admin','admin','2025-03-27 14:26:00',26,26,'Vehica26',26,'admin','2025-03-27 14:26:00','Reserv26'),(1000002897,500004141,b'1',27,b'0','N',b'1','Reserv27',27,'2025-04-28 15:27:00','2025-04-28 15:27:00','admin','admin','2025-04-28 15:27:00',27,27,'Vehica27',27,'admin','2025-04-28 15:27:00','Reserv27'),(1000003008,500004300,b'1',28,b'0','N',b'1','Reserv28',28,'2025-05-01 16:28:00','2025-05-01 16:28:00','admin','admin','2025-05-01 16:28:00',28,28,'Vehica28',28,'admin','2025-05-01 16:28:00','Reserv28'),(1000003119,500004459,b'1',29,b'0','N',b'1','Reserv29',29,'2025-06-02 17:29:00','2025-06-02 17:29:00','admin','admin','2025-06-02 17:29:00',29,29,'Vehica29',29,'admin','2025-06-02 17:29:00','Reserv29'),(1000003230,500004618,b'1',30,b'0','N',b'1','Reserv30',30,'2025-07-03 08:30:00','2025-07-03 08:30:00','admin','admin','2025-07-03 08:30:00',30,30,'Vehica30',30,'admin','2025-07-03 08:30:00','Reserv30'),(1000003341,500004777,b'1',31,b'0','N',b'1','Reserv31',31,'2025-08-04 09:31:00','2025-08-04 09:31:00','admin','admin','2025-08-04 09:31:00',31,31,'Vehica31',31,'admin','2025-08-04 09:31:00','Reserv31'),(1000003452,500004936,b'1',32,b'0','N',b'1','Reserv32',32,'2025-09-05 10:32:00','2025-09-05 10:32:00','admin','admin','2025-09-05 10:32:00',32,32,'Vehica32',32,'admin','2025-09-05 10:32:00','Reserv32'),(1000003563,500005095,b'1',33,b'0','N',b'1','Reserv33',33,'2025-10-06 11:33:00','2025-10-06 11:33:00','admin','admin','2025-10-06 11:33:00',33,33,'Vehica33',33,'admin','2025-10-06 11:33:00','Reserv33'),(1000003674,500005254,b'1',34,b'0','N',b'1','Reserv34',34,'2025-11-07 12:34:00','2025-11-07 12:34:00','admin','admin','2025-11-07 12:34:00',34,34,'Vehica34',34,'admin','2025-11-07 12:34:00','Reserv34'),(1000003785,500005413,b'1',35,b'0','N',b'1','Reserv35',35,'2025-12-08 13:35:00','2025-12-08 13:35:00','admin','admin','2025-12-08 13:35:00',35,35,'Vehica35',35,'admin','2025-12-08 13:35:00','Reserv35'),(1000003896,500005572,b'1',36,b'0','N',b'1','Reserv36',36,'2025-01-09 14:36:00','2025-01-09 14:36:00','admin','admin','2025-01-09 14:36:00',36,36,'Vehica36',36,'admin','2025-01-09 14:36:00','Reserv36'),(1000004007,500005731,b'1',37,b'0','N',b'1','Reserv37',37,'2025-02-10 15:37:00','2025-02-10 15:37:00','admin','admin','2025-02-10 15:37:00',37,37,'Vehica37',37,'admin','2025-02-10 15:37:00','Reserv37'),(1000004118,500005890,b'1',38,b'0','N',b'1','Reserv38',38,'2025-03-11 16:38:00','2025-03-11 16:38:00','admin','admin','2025-03-11 16:38:00',38,38,'Vehica38',38,'admin','2025-03-11 16:38:00','Reserv38'),(1000004229,500006049,b'1',39,b'0','N',b'1','Reserv39',39,'2025-04-12 17:39:00','2025-04-12 17:39:00','admin','admin','2025-04-12 17:39:00',39,39,'Vehica39',39,'admin','2025-04-12 17:39:00','Reserv39'),(1000004340,500006208,b'1',40,b'0','N',b'1','Reserv40',40,'2025-05-13 08:40:00','2025-05-13 08:40:00','admin','admin','2025-05-13 08:40:00',40,40,'Vehica40',40,'admin','2025-05-13 08:40:00','Reserv40'),(1000004451,500006367,b'1',41,b'0','N',b'1','Reserv41',41,'2025-06-14 09:41:00','2025-06-14 09:41:00','admin','admin','2025-06-14 09:41:00',41,41,'Vehica41',41,'admin','2025-06-14 09:41:00','Reserv41'),(1000004562,500006526,b'1',42,b'0','N',b'1','Reserv42',42,'2025-07-15 10:42:00','2025-07-15 10:42:00','admin','admin','2025-07-15 10:42:00',42,42,'Vehica42',42,'admin','2025-07-15 10:42:00','Reserv42'),(1000004673,500006685,b'1',43,b'0','N',b'1','Reserv43',43,'2025-08-16 11:43:00','2025-08-16 11:43:00','admin','admin','2025-08-16 11:43:00',43,43,'Vehica43',43,'admin','2025-08-16 11:43:00','Reserv43'),(1000004784,500006844,b'1',44,b'0','N',b'1','Reserv44',44,'2025-09-17 12:44:00','2025-09-17 12:44:00','admin','admin','2025-09-17 12:44:00',44,44,'Vehica44',44,'admin','2025-09-17 12:44:00','Reserv44'),(1000004895,500007003,b'1',45,b'0','N',b'1','Reserv45',45,'2025-10-18 13:45:00','2025-10-18 13:45:00','admin','admin','2025-10-18 13:45:00',45,45,'Vehica45',45,'admin','2025-10-18 13:45:00','Reserv45'),(1000005006,500007162,b'1',46,b'0','N',b'1','Reserv46',46,'2025-11-19 14:46:00','2025-11-19 14:46:00','admin','admin','2025-11-19 14:46:00',46,46,'Vehica46',46,'admin','2025-11-19 14:46:00','Reserv46'),(1000005117,500007321,b'1',47,b'0','N',b'1','Reserv47',47,'2025-12-20 15:47:00','2025-12-20 15:47:00','admin','admin','2025-12-20 15:47:00',47,47,'Vehica47',47,'admin','2025-12-20 15:47:00','Reserv47'),(1000005228,500007480,b'1',48,b'0','N',b'1','Reserv48',48,'2025-01-21 16:48:00','2025-01-21 16:48:00','admin','admin','2025-01-21 16:48:00',48,48,'Vehica48',48,'admin','2025-01-21 16:48:00','Reserv48'),(1000005339,500007639,b'1',49,b'0','N',b'1','Reserv49',49,'2025-02-22 17:49:00','2025-02-22 17:49:00','admin','admin','2025-02-22 17:49:00',49,49,'Vehica49',49,'admin','2025-02-22 17:49:00','Reserv49'),(1000005450,500007798,b'1',50,b'0','N',b'1','Reserv50',50,'2025-03-23 08:50:00','2025-03-23 08:50:00','admin','admin','2025-03-23 08:50:00',50,50,'Vehica50',50,'admin','2025-03-23 08:50:00','Reserv50'),(1000005561,500007957,b'1',51,b'0','N',b'1','Reserv51',51,'2025-04-24 09:51:00','2025-04-24 09:51:00','admin','admin','2025-04-24 09:51:00',51,51,'Vehica51',51,'admin','2025-04-24 09:51:00','Reserv51'),(1000005672,500008116,b'1',52,b'0','N',b'1','Reserv52',52,'2025-05-25 10:52:00','2025-05-25 10:52:00','admin','admin','2025-05-25 10:52:00',52,52,'Vehica52',52,'admin','2025-05-25 10:52:00','Reserv52'),(1000005783,500008275,b'1',53,b'0','N',b'1','Reserv53',53,'2025-06-26 11:53:00','2025-06-26 11:53:00','admin','admin','2025-06-26 11:53:00',53,53,'Vehica53',53,'admin','2025-06-26 11:53:00','Reserv53'),(1000005894,500008434,b'1',54,b'0','N',b'1','Reserv54',54,'2025-07-27 12:54:00','2025-07-27 12:54:00','admin','admin','2025-07-27 12:54:00',54,54,'Vehica54',54,'admin','2025-07-27 12:54:00','Reserv54'),(1000006005,500008593,b'1',55,b'0','N',b'1','Reserv55',55,'2025-08-28 13:55:00','2025-08-28 13:55:00','admin','admin','2025-08-28 13:55:00',55,55,'Vehica55',55,'admin','2025-08-28 13:55:00','Reserv55'),(1000006116,500008752,b'1',56,b'0','N',b'1','Reserv56',56,'2025-09-01 14:56:00','2025-09-01 14:56:00','admin','admin','2025-09-01 14:56:00',56,56,'Vehica56',56,'admin','2025-09-01 14:56:00','Reserv56'),(1000006227,500008911,b'1',57,b'0','N',b'1','Reserv57',57,'2025-10-02 15:57:00','2025-10-02 15:57:00','admin','admin','2025-10-02 15:57:00',57,57,'Vehica57',57,'admin','2025-10-02 15:57:00','Reserv57'),(1000006338,500009070,b'1',58,b'0','N',b'1','Reserv58',58,'2025-11-03 16:58:00','2025-11-03 16:58:00','admin','admin','2025-11-03 16:58:00',58,58,'Vehica58',58,'admin','2025-11-03 16:58:00','Reserv58'),(1000006449,500009229,b'1',59,b'0','N',b'1','Reserv59',59,'2025-12-04 17:59:00','2025-12-04 17:59:00','admin','admin','2025-12-04 17:59:00',59,59,'Vehica59',59,'admin','2025-12-04 17:59:00','Reserv59'),(1000006560,500009388,b'1',60,b'0','N',b'1','Reserv60',60,'2025-01-05 08:00:00','2025-01-05 08:00:00','admin','admin','2025-01-05 08:00:00',60,60,'Vehica60',60,'admin','2025-01-05 08:00:00','Reserv60'),(1000006671,500009547,b'1',61,b'0','N',b'1','Reserv61',61,'2025-02-06 09:01:00','2025-02-06 09:01:00','admin','admin','2025-02-06 09:01:00',61,61,'Vehica61',61,'admin','2025-02-06 09:01:00','Reserv61'),(1000006782,500009706,b'1',62,b'0','N',b'1','Reserv62',62,'2025-03-07 10:02:00','2025-03-07 10:02:00','admin','admin','2025-03-07 10:02:00',62,62,'Vehica62',62,'admin','2025-03-07 10:02:00','Reserv62'),(1000006893,500009865,b'1',63,b'0','N',b'1','Reserv63',63,'2025-04-08 11:03:00','2025-04-08 11:03:00','admin','admin','2025-04-08 11:03:00',63,63,'Vehica63',63,'admin','2025-04-08 11:03:00','Reserv63'),(1000007004,500010024,b'1',64,b'0','N',b'1','Reserv64',64,'2025-05-09 12:04:00','2025-05-09 12:04:00','admin','admin','2025-05-09 12:04:00',64,64,'Vehica64',64,'admin','2025-05-09 12:04:00','Reserv64'),(1000007115,500010183,b'1',65,b'0','N',b'1','Reserv65',65,'2025-06-10 13:05:00','2025-06-10 13:05:00','admin','admin','2025-06-10 13:05:00',65,65,'Vehica65',65,'admin','2025-06-10 13:05:00','Reserv65'),(1000007226,500010342,b'1',66,b'0','N',b'1','Reserv66',66,'2025-07-11 14:06:00','2025-07-11 14:06:00','admin','admin','2025-07-11 14:06:00',66,66,'Vehica66',66,'admin','2025-07-11 14:06:00','Reserv66'),(1000007337,500010501,b'1',67,b'0','N',b'1','Reserv67',67,'2025-08-12 15:07:00','2025-08-12 15:07:00','admin','admin','2025-08-12 15:07:00',67,67,'Vehica67',67,'admin','2025-08-12 15:07:00','Reserv67'),(1000007448,500010660,b'1',68,b'0','N',b'1','Reserv68',68,'2025-09-13 16:08:00','2025-09-13 16:08:00','admin','admin','2025-09-13 16:08:00',68,68,'Vehica68',68,'admin','2025-09-13 16:08:00','Reserv68'),(1000007559,500010819,b'1',69,b'0','N',b'1','Reserv69',69,'2025-10-14 17:09:00','2025-10-14 17:09:00','admin','admin','2025-10-14 17:09:00',69,69,'Vehica69',69,'admin','2025-10-14 17:09:00','Reserv69');
/*!40000 ALTER TABLE `m_beneficiaryregidmapping` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `m_bensecurestack`
--

DROP TABLE IF EXISTS `m_bensecurestack`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `m_bensecurestack` (
  `BenSecureStackId` int(15) NOT NULL AUTO_INCREMENT,
  `BenSecureStackSchemeId` int(15) NOT NULL,
  `BenSecureStackSchemeName` varchar(50) DEFAULT NULL,
  `BenKey1` varchar(128) NOT NULL,
  `BenKey2` varchar(128) NOT NULL,
  `BenKey3` varchar(128) NOT NULL,
  `BenKey4` varchar(256) NOT NULL,
  `BenKey5` varchar(256) NOT NULL,
  `BenKey6` varchar(256) NOT NULL,
  `BenSalt1` varchar(32) NOT NULL,
  `BenSalt2` varchar(32) NOT NULL,
  `BenSalt3` varchar(64) NOT NULL,
  `BenSalt4` varchar(64) NOT NULL,
  `BenSalt5` varchar(128) NOT NULL,
  `BenSalt6` varchar(128) NOT NULL,
  `StartDate` datetime NOT NULL,
  `ExpiryDate` datetime NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenSecureStackId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_bendataaccess`
--

DROP TABLE IF EXISTS `t_bendataaccess`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_bendataaccess` (
  `AccessId` bigint(20) NOT NULL AUTO_INCREMENT,
  `AuthId` varchar(150) NOT NULL,
  `BenConsentId` bigint(20) NOT NULL,
  `BenMapId` bigint(20) NOT NULL,
  `IsAgent` bit(1) NOT NULL,
  `UserAgentId` int(15) NOT NULL,
  `UserAgentName` varchar(45) DEFAULT NULL,
  `UserAgentRoleId` int(15) NOT NULL,
  `UserAgentRoleName` varchar(45) DEFAULT NULL,
  `UserAgentServiceId` int(15) NOT NULL,
  `UserAgentServiceName` varchar(45) DEFAULT NULL,
  `UserAgentPSMapId` int(15) NOT NULL,
  `UserAgentIpAddrV4` varchar(20) NOT NULL,
  `UserAgentIpAddrV6` varchar(50) DEFAULT NULL,
  `AccessedBy` varchar(50) NOT NULL,
  `AccessedOn` datetime NOT NULL,
  `AccessedType` varchar(45) NOT NULL,
  `Processed` char(1) DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`AccessId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-01-01  0:00:00
