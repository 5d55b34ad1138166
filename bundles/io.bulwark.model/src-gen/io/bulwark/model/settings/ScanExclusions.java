/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scan Exclusions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a scan never looks at. Paths are absolute Windows paths (D:\Exchsrvr\mdbdata, \\host\share\dir) or start with one of the agent's variables $ProgramFiles, $WINDIR or $BOOTDISK, which the agent expands.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.ScanExclusions#getFolders <em>Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanExclusions#getFiles <em>Files</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanExclusions#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getScanExclusions()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface ScanExclusions extends EObject {
	/**
	 * Returns the value of the '<em><b>Folders</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 256 folders, with everything below them; no wildcards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folders</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getScanExclusions_Folders()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFolders();

	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 256 files: a file name (pagefile.sys) or an absolute path; * and ? are allowed in the last name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getScanExclusions_Files()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFiles();

	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 256 extensions without the dot, for example mdb; * and ? are allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extensions</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getScanExclusions_Extensions()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getExtensions();

} // ScanExclusions
